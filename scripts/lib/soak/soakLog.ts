/** One progress line of the soak, with the time of day. */
export const soakLog = (message: string) =>
  console.log(`[soak ${new Date().toISOString().slice(11, 19)}] ${message}`)
