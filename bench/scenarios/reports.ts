import type { BenchContext } from '../benchContext'
import type { LoadResult } from '../lib/loadTest'
import { memberCookie } from '../lib/memberCookie'
import { referenceIn, reportActionId, reportRequestFactory } from '../lib/reportTraffic'
import { phonePhoto, sharpAlone } from '../lib/sharpAlone'
import { log } from '../log'
import { storedReports } from './storedReports'

/**
 * Reports from 20 members at once through the report form's server action, without and with a 1 MB phone
 * photo, beside sharp alone; then every acknowledged report is looked up. `photos: false` (the growth run)
 * measures the report without a photo alone. Returns how many were lost and the result without a photo.
 */
export const reports = async (
  context: BenchContext,
  { photos = true }: { photos?: boolean } = {},
): Promise<{ lost: number; withoutPhoto: LoadResult }> => {
  const { appUrl, distDir, scale, password, measure, notes } = context
  const reporters: string[] = []
  for (let index = 1; index <= 20; index++) {
    reporters.push(
      await memberCookie(appUrl, `member-${index + 100}@scale.ntars.test`, password, `10.9.1.${index}`),
    )
  }
  let next = 0
  const cookie = () => reporters[next++ % reporters.length] as string
  const actionId = reportActionId(distDir)
  const references = new Set<string>()
  const isError = (status: number, body: string) => {
    const reference = referenceIn(body)
    if (reference) references.add(reference)
    return status !== 200 || !reference
  }
  const fileReports = async (label: string, description: string, extra: { photo?: Buffer } = {}) =>
    measure({
      label,
      url: `${appUrl}/report`,
      method: 'POST',
      connections: 20,
      request: await reportRequestFactory({ actionId, cookie, description, ...extra }),
      isError,
      // Each answer with a photo takes seconds (the photo queue): count whole requests, 3 per member per run.
      ...(extra.photo ? { amount: 60, timeoutSeconds: 120 } : {}),
    })
  const withoutPhoto = await fileReports(
    'report without photo (20 members)',
    'Bench: took two items and left.',
  )
  if (photos) await photoReports(context, fileReports)
  const stored = await storedReports(scale.databaseUrl, references)
  const lost = stored.acknowledged - stored.found
  notes.push(
    `Reports acknowledged: ${stored.acknowledged}; found in the database: ${stored.found} (${lost} lost); photos linked: ${stored.photos}; without a photo p95 ${Math.round(withoutPhoto.p95)} ms at 20 concurrent (target < 150).`,
  )
  return { lost, withoutPhoto }
}

/** Reports with a 1 MB phone photo beside sharp alone re-encoding the same photo. */
const photoReports = async (
  { options, results, ratios, notes }: BenchContext,
  fileReports: (label: string, description: string, extra?: { photo?: Buffer }) => Promise<LoadResult>,
) => {
  const photo = await phonePhoto()
  notes.push(`Phone photo: ${(photo.length / 1024 / 1024).toFixed(2)} MB JPEG, 2400 × 1800.`)
  const withPhoto = await fileReports('report with 1 MB photo (20 members)', 'Bench: photo of the person.', {
    photo,
  })
  log('sharp alone…')
  const sharpRate = await sharpAlone(photo, 20, options.seconds, options.runs)
  results.push({
    label: 'sharp alone, same photo (20 at once)',
    connections: 20,
    requestsPerSecond: sharpRate,
    p50: Number.NaN,
    p95: Number.NaN,
    p99: Number.NaN,
    errors: 0,
  })
  ratios.push(
    `report with photo: ${(withPhoto.requestsPerSecond / sharpRate).toFixed(2)} × sharp alone (target ≥ 0.7)`,
  )
}
