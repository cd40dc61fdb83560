/** A restore refused before anything was written: the message says why and what to do. */
export class RestoreRefused extends Error {}
