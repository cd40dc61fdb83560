import type { Evidence, Offender } from '@/payload-types'
import { proposalLabelPopulate, warningMarkerLabel } from './proposalLabels'

/** What the queue shows of one profile, the proposal or a look-alike, so staff can compare them. */
export type ProfileCard = {
  id: number
  name: string
  status: Offender['status']
  gallery: Offender['gallery']
  /** Thumbnail file names, served through the access-checked evidence route. */
  photos: string[]
  /** Labelled description lines, only those filled in. */
  description: { label: string; value: string }[]
  warningMarkers: string[]
  modusOperandi: string | null
  lastSeen: string | null
}

/** The fields `profileCardOf` reads: the `select` for queries that feed it. */
export const profileCardSelect = {
  displayName: true,
  status: true,
  gallery: true,
  photos: true,
  appearance: true,
  warningMarkers: true,
  modusOperandi: true,
  lastIncidentAt: true,
} as const

/** The populate for `photos` (file names only) and the warning markers' labels. */
export const profileCardPopulate = {
  evidence: { filename: true, sizes: true },
  ...proposalLabelPopulate,
} as const

const thumbnailsOf = (photos: Offender['photos']): string[] =>
  ((photos ?? []) as (Evidence | number)[])
    .filter((photo): photo is Evidence => typeof photo === 'object')
    .map((photo) => photo.sizes?.thumbnail?.filename ?? photo.filename)
    .filter((name): name is string => Boolean(name))

/** A profile read with `profileCardSelect` as the queue shows it. */
export const profileCardOf = (profile: Partial<Offender> & { id: number }): ProfileCard => {
  const appearance = profile.appearance ?? {}
  const description = [
    { label: 'Features', value: appearance.distinguishingFeatures },
    { label: 'Clothing', value: appearance.usualClothing },
    { label: 'Hair', value: appearance.hair },
    { label: 'Build', value: appearance.build },
    { label: 'Height', value: appearance.height },
    { label: 'Age', value: appearance.ageRange },
  ].filter((line): line is { label: string; value: string } => Boolean(line.value?.trim()))
  return {
    id: profile.id,
    name: profile.displayName ?? 'Unidentified person',
    status: profile.status ?? 'proposed',
    gallery: profile.gallery ?? 'known',
    photos: thumbnailsOf(profile.photos),
    description,
    warningMarkers: (profile.warningMarkers ?? []).map(warningMarkerLabel),
    modusOperandi: profile.modusOperandi ?? null,
    lastSeen: profile.lastIncidentAt ?? null,
  }
}
