/** A limiter's wait in words, rounded up to whole minutes ("1 minute", "7 minutes"). */
export const waitInMinutes = (seconds: number): string => {
  const minutes = Math.max(1, Math.ceil(seconds / 60))
  return `${minutes} minute${minutes === 1 ? '' : 's'}`
}
