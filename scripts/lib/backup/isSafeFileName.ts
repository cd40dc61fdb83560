/** A plain file name: no folder separators, no `.`/`..`, nothing a path could be steered with. */
export const isSafeFileName = (name: string): boolean =>
  /^[^/\\\0]+$/.test(name) && name !== '.' && name !== '..' && name.length <= 255
