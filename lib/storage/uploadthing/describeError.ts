import { isRecord } from './isRecord'

/**
 * What of an UploadThing failure is safe to log: its code and message, with query strings cut from any URL
 * (signed URLs carry signatures). UTApi never puts the token in messages; cutting URLs keeps it that way.
 */
export const describeError = (error: unknown): { code?: string; message: string } => {
  const code = isRecord(error) && typeof error.code === 'string' ? error.code : undefined
  const raw =
    error instanceof Error
      ? error.message
      : isRecord(error) && typeof error.message === 'string'
        ? error.message
        : String(error)
  const message = raw.replace(/(https?:\/\/[^\s?"']+)\?[^\s"']*/g, '$1?…').slice(0, 300)
  return code ? { code, message } : { message }
}
