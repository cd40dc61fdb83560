import { isPosterTokenOf } from './posterToken'

/** What a report form opened from a poster QR says: nothing (not from a poster), ours, or another shop's. */
export type PosterScan = null | 'own-business' | 'other-business'

const tokenShape = /^[A-Za-z0-9_-]{1,64}$/

/** The report form's query string as it may travel through sign-in: only a poster mark and a token-shaped `b`. */
export const posterQueryOf = (params: { from?: unknown; b?: unknown }): string =>
  params.from === 'poster' && typeof params.b === 'string' && tokenShape.test(params.b)
    ? `?from=poster&b=${params.b}`
    : ''

/**
 * Whether a report form opened from a poster's QR is for the signed-in member's own business. The token
 * never chooses the business (it is taken from the session, docs/report-poster.md): another shop's poster
 * only makes the form say whose report it will be.
 */
export const posterScanOf = (
  params: { from?: unknown; b?: unknown },
  business: number | null,
): PosterScan => {
  if (!posterQueryOf(params)) return null
  return isPosterTokenOf(params.b, business) ? 'own-business' : 'other-business'
}
