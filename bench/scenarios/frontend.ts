import type { BenchContext } from '../benchContext'
import { firstLoadJs } from '../lib/firstLoadJs'
import { lighthouse } from '../lib/lighthouse'

export type FrontendFigures = {
  weights: Awaited<ReturnType<typeof firstLoadJs>>[]
  audits: ReturnType<typeof lighthouse>[]
}

/** First-load JS of the public and members' pages, and Lighthouse on four of them (not with --quick). */
export const frontend = async (
  { options, appUrl, distDir, scale }: BenchContext,
  memberCookie: string,
): Promise<FrontendFigures> => {
  const weights: FrontendFigures['weights'] = []
  for (const route of ['/', '/campaigns/cops-adopt-a-shop', '/sign-in', '/news', '/support', '/join']) {
    weights.push(await firstLoadJs(appUrl, route, undefined, distDir))
  }
  for (const route of ['/report', '/offenders', `/offenders/${scale.busiestProfile}`, '/reports']) {
    weights.push(await firstLoadJs(appUrl, route, memberCookie, distDir))
  }
  const audits = options.quick
    ? []
    : [
        lighthouse(`${appUrl}/`),
        lighthouse(`${appUrl}/campaigns/cops-adopt-a-shop`),
        lighthouse(`${appUrl}/sign-in`),
        lighthouse(`${appUrl}/report`, memberCookie),
      ]
  return { weights, audits }
}
