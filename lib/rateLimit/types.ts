/** One limit: at most `limit` hits per `windowSeconds` for the same key. */
export type RateLimitRule = {
  /** Built with `rateLimitKey`, so the table never holds a raw address or email. */
  key: string
  limit: number
  windowSeconds: number
}

export type RateLimitOutcome = {
  allowed: boolean
  /** Hits in the current window, this one included. */
  count: number
}
