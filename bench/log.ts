/** One progress line of the bench. */
export const log = (message: string) => console.log(`[bench] ${message}`)
