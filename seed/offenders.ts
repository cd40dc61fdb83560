import type { Payload } from 'payload'
import type { Member, Offender } from '@/payload-types'
import { seedNoticeHistory } from './exclusionNotices'
import { aliases, firstNames, lastNames } from './names'
import { placeholderImage } from './placeholderImage'
import type { Random } from './random'

type Plan = { status: Offender['status']; gallery: Offender['gallery']; safeguarding?: boolean }

const markers = ['violence', 'weapons', 'drugs', 'threats', 'group', 'prolific'] as const
const builds = ['slim', 'medium', 'stocky', 'heavy']
const hair = ['short dark', 'shaved', 'long fair', 'ginger', 'grey', 'dark curly', 'bleached']
const clothing = [
  'grey hoodie and joggers',
  'black puffer jacket',
  'hi-vis vest',
  'green parka',
  'tracksuit, cap',
]
const methods = [
  'Selects high-value items near the door and leaves without paying, usually with a large bag.',
  'Distracts staff at the till while an associate takes stock from the shelves.',
  'Conceals meat and cheese inside a jacket; becomes abusive when challenged.',
  'Begs outside the entrance and follows customers to cash machines.',
  'Returns shortly after being refused entry; threatens staff with violence.',
  'Steals alcohol from the chiller at closing time.',
]

/**
 * A demo look-alike for the approval queue: this ID-sought proposal (by index) is a CCTV still of the
 * approved profile at the other index, drawn as the same scene with the same distinguishing feature.
 */
const lookAlikes = new Map([[89, 4]])
const lookAlikeFeature = 'Swallow tattoo on the back of the hand, chipped front tooth'

const plans = (total: number): Plan[] => {
  const list: Plan[] = []
  for (let index = 0; index < total; index++) {
    if (index < 82) list.push({ status: 'approved', gallery: 'known' })
    else if (index < 87) list.push({ status: 'approved', gallery: 'id-sought' })
    else if (index < 95) list.push({ status: 'proposed', gallery: index % 2 ? 'id-sought' : 'known' })
    else if (index < 99) list.push({ status: 'archived', gallery: 'known' })
    else list.push({ status: 'approved', gallery: 'known', safeguarding: true })
  }
  return list
}

/**
 * About 100 fictional profiles: mostly approved, some proposed by members, a few ID-sought with no name,
 * a few archived, and one flagged for safeguarding. Each has a locally drawn placeholder photo.
 */
export const seedOffenders = async (
  payload: Payload,
  random: Random,
  proposers: Member[],
  total = 100,
): Promise<Offender[]> => {
  const created: Offender[] = []
  const labels: string[] = []
  const twins = new Set(lookAlikes.values())
  for (const [index, plan] of plans(total).entries()) {
    const named = plan.gallery === 'known'
    const firstName = named ? random.pick(firstNames) : undefined
    const lastName = named ? random.pick(lastNames) : undefined
    const label = named ? `${firstName} ${lastName}` : `ID sought #${index + 1}`
    labels.push(label)
    const twin = lookAlikes.get(index)
    const image =
      twin === undefined
        ? await placeholderImage(label, (index * 37) % 360)
        : await placeholderImage(label, (twin * 37) % 360, labels[twin])
    const lookAlike = twin !== undefined || twins.has(index)
    const photo = await payload.create({
      collection: 'evidence',
      data: {
        kind: plan.gallery === 'id-sought' ? 'cctv-still' : 'offender-photo',
        caption: `Photo of ${label}`,
      },
      file: { data: image, mimetype: 'image/jpeg', name: `profile-${index + 1}.jpg`, size: image.length },
      depth: 0,
      overrideAccess: true, // seeding
    })
    const excluded = plan.status === 'approved' && index % 9 === 0
    const warned = plan.status === 'approved' && !excluded && index % 13 === 0
    const start = new Date(Date.now() - random.int(10, 200) * 86_400_000)
    const offender = await payload.create({
      collection: 'offenders',
      data: {
        firstName,
        lastName,
        aliases: named && random.chance(0.3) ? [{ alias: random.pick(aliases) }] : [],
        gallery: plan.gallery,
        status: plan.status,
        safeguarding: plan.safeguarding ?? false,
        safeguardingNote: plan.safeguarding
          ? 'Vulnerable adult: refer sightings to outreach, not the gallery.'
          : undefined,
        photos: [photo.id],
        appearance: {
          ageRange: `${random.int(18, 50)}-${random.int(25, 60)}`,
          height: `${random.int(155, 195)} cm`,
          build: random.pick(builds),
          hair: random.pick(hair),
          usualClothing: random.pick(clothing),
          distinguishingFeatures: lookAlike ? lookAlikeFeature : undefined,
        },
        warningMarkers: [
          ...new Set([random.pick(markers), ...(random.chance(0.3) ? [random.pick(markers)] : [])]),
        ],
        modusOperandi: random.pick(methods),
      },
      depth: 0,
      context: { skipAudit: true },
      overrideAccess: true, // seeding
    })
    if (excluded || warned) {
      const history = warned ? 'yellow' : index % 2 === 0 ? 'yellow-then-red' : 'red'
      await seedNoticeHistory(payload, offender.id, history, start)
    }
    if (plan.status === 'proposed' && proposers.length) {
      // proposedBy is hook-set for real proposals; the seed records who proposed these demo entries.
      await payload.db.updateOne({
        collection: 'offenders',
        id: offender.id,
        data: { proposedBy: random.pick(proposers).id },
      })
    }
    await payload.update({
      collection: 'evidence',
      id: photo.id,
      data: { offender: offender.id },
      depth: 0,
      overrideAccess: true, // seeding
    })
    created.push(offender)
  }
  return created
}
