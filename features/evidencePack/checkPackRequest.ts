import 'server-only'
import type { Payload } from 'payload'
import type { Account } from '@/access/accountOf'
import { formatLongDate } from '@/lib/format/formatLongDate'
import { EvidencePackRefused } from './EvidencePackRefused'
import { mayExportEvidencePack } from './mayExportEvidencePack'
import { maxPackIncidents } from './parseIncidentIds'
import type { PackOffender } from './types'

export type EvidencePackRequest = {
  incidentIds: readonly number[]
  /** For an offender's pack: the chosen incidents must all be linked to this profile. */
  offenderId?: number
}

const dayOf = (iso?: string | null) => (iso ? formatLongDate(iso) : null)

/**
 * The checks every export of reports makes, the PDF pack and the ZIP alike: refuses viewers who may not
 * export at all, empty or oversized requests, and a profile the viewer may not read or incidents not linked
 * to it (404 for what they may not read, the same answer as for something that does not exist). Returns the
 * distinct ids and the profile as the pack names it.
 */
export const checkPackRequest = async (
  payload: Payload,
  viewer: Account | null,
  request: EvidencePackRequest,
): Promise<{ viewer: Account; incidentIds: number[]; offender: PackOffender | null }> => {
  if (!viewer || !mayExportEvidencePack(viewer)) {
    throw new EvidencePackRefused('Evidence packs are for police officers and scheme managers only.', 403)
  }
  const incidentIds = [...new Set(request.incidentIds)]
  if (!incidentIds.length) throw new EvidencePackRefused('Choose at least one incident for the pack.', 400)
  if (incidentIds.length > maxPackIncidents) {
    throw new EvidencePackRefused(`A pack holds at most ${maxPackIncidents} incidents.`, 400)
  }

  let offender: PackOffender | null = null
  if (request.offenderId !== undefined) {
    const profile = await payload.findByID({
      collection: 'offenders',
      id: request.offenderId,
      depth: 0,
      select: { displayName: true, aliases: true, exclusion: true },
      joins: false,
      disableErrors: true,
      user: viewer,
      overrideAccess: false,
    })
    if (!profile) throw new EvidencePackRefused('That profile was not found.', 404)
    const linked = await payload.find({
      collection: 'incidents',
      where: { and: [{ id: { in: incidentIds } }, { offenders: { contains: profile.id } }] },
      limit: incidentIds.length,
      depth: 0,
      select: { type: true },
      user: viewer,
      overrideAccess: false,
    })
    if (linked.docs.length !== incidentIds.length) {
      throw new EvidencePackRefused('Choose only incidents linked to this profile.', 400)
    }
    const exclusion = profile.exclusion
    offender = {
      id: profile.id,
      displayName: profile.displayName ?? `Profile ${profile.id}`,
      aliases: (profile.aliases ?? []).map((entry) => entry.alias),
      exclusion:
        exclusion?.stage && exclusion.stage !== 'none'
          ? [
              exclusion.stage === 'exclusion' ? 'Exclusion (red)' : 'Warning (yellow)',
              exclusion.startsAt ? `from ${dayOf(exclusion.startsAt)}` : null,
              exclusion.endsAt ? `until ${dayOf(exclusion.endsAt)}` : null,
            ]
              .filter(Boolean)
              .join(' ')
          : null,
    }
  }

  return { viewer, incidentIds, offender }
}
