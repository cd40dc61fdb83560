import { siteUrl } from '@/lib/env/siteUrl'
import { posterToken } from './posterToken'

/** The address a business's poster QR opens: the report form, marked as from that business's poster. */
export const posterReportUrl = (businessId: number): string =>
  `${siteUrl()}/report?from=poster&b=${posterToken(businessId)}`
