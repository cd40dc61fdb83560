import type { Payload } from 'payload'
import sharp from 'sharp'

const overrideAccess = true // test set-up writes fixtures directly; the tests then act as each role

export const tinyJpeg = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 80, b: 40 } } })
    .jpeg()
    .toBuffer()

/** A demo business by its slug (the seed's, or a test's own). */
export const findBySlug = async (payload: Payload, slug: string) => {
  const found = await payload.find({
    collection: 'businesses',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    overrideAccess,
  })
  const business = found.docs[0]
  if (!business) throw new Error(`Missing demo business ${slug}`)
  return business
}

const memberId = async (payload: Payload, email: string) => {
  const found = await payload.find({
    collection: 'members',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
    overrideAccess,
  })
  const member = found.docs[0]
  if (!member) throw new Error(`Missing demo member ${email}`)
  return member.id
}

/**
 * One row of each kind the access table distinguishes, so every cell can be checked against a known row:
 * reports of two businesses and of each partner remit, offenders in each status, evidence linked to each,
 * published and draft content.
 */
export const createAccessFixtures = async (payload: Payload) => {
  const businessA = await findBySlug(payload, 'copper-kettle-cafe')
  const businessB = await findBySlug(payload, 'lantern-books')
  const unadopted = await payload.create({
    collection: 'businesses',
    data: {
      name: 'Fixture Unadopted Shop',
      category: 'retail',
      address: { line1: '1 Test Row' },
      membershipStatus: 'active',
    },
    overrideAccess,
  })
  const member = await memberId(payload, 'member@ntars.test')
  const member2 = await memberId(payload, 'member2@ntars.test')

  const incident = (business: number, reporter: number, type: 'theft' | 'asb' | 'welfare-concern') =>
    payload.create({
      collection: 'incidents',
      data: {
        type,
        business,
        reporter,
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        description: `Fixture ${type}`,
        summary: `Fixture ${type}`,
        status: 'submitted',
      },
      overrideAccess,
    })
  const incA = await incident(businessA.id, member, 'theft')
  const incB = await incident(businessB.id, member2, 'theft')
  const incAsbB = await incident(businessB.id, member2, 'asb')
  const incWelfareB = await incident(businessB.id, member2, 'welfare-concern')

  const offender = (status: 'approved' | 'proposed' | 'archived', extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'offenders',
      data: {
        firstName: 'Fixture',
        lastName: `${status}-${Math.random().toString(36).slice(2, 6)}`,
        status,
        gallery: 'known',
        ...extra,
      },
      overrideAccess,
    })
  const offApproved = await offender('approved', { policeNotes: 'aaa fixture note' })
  const recognition = await payload.create({
    collection: 'recognitions',
    data: {
      offender: offApproved.id,
      recognisedAt: new Date().toISOString(),
      source: 'cctv',
      confidence: 'certain',
    },
    overrideAccess,
  })
  const offApproved2 = await offender('approved', { policeNotes: 'zzz fixture note' })
  const offProposed = await offender('proposed')
  const offArchived = await offender('archived')
  const offSafeguarded = await offender('approved', { safeguarding: true })

  const image = await tinyJpeg()
  const evidence = async (link: { incident?: number; offender?: number }, name: string) =>
    payload.create({
      collection: 'evidence',
      data: { kind: 'incident-photo', ...link },
      file: { data: image, mimetype: 'image/jpeg', name: `${name}.jpg`, size: image.length },
      overrideAccess,
    })
  const ev = {
    evA: await evidence({ incident: incA.id }, 'fixture-a'),
    evB: await evidence({ incident: incB.id }, 'fixture-b'),
    evAsb: await evidence({ incident: incAsbB.id }, 'fixture-asb'),
    evWelfare: await evidence({ incident: incWelfareB.id }, 'fixture-welfare'),
    evApproved: await evidence({ offender: offApproved.id }, 'fixture-approved'),
    evProposed: await evidence({ offender: offProposed.id }, 'fixture-proposed'),
    evSafeguarded: await evidence({ offender: offSafeguarded.id }, 'fixture-safeguarded'),
  }

  const campaign = (status: 'published' | 'draft') =>
    payload.create({
      collection: 'campaigns',
      data: {
        title: `Fixture ${status} campaign`,
        slug: `fixture-${status}-campaign-${Math.random().toString(36).slice(2, 7)}`,
        summary: 'Fixture',
        _status: status,
      },
      draft: status === 'draft',
      overrideAccess,
    })
  const briefing = (status: 'published' | 'draft', audience: 'public' | 'members') =>
    payload.create({
      collection: 'briefings',
      data: {
        title: `Fixture ${status} ${audience} briefing`,
        slug: `fixture-${status}-${audience}-briefing-${Math.random().toString(36).slice(2, 7)}`,
        summary: 'Fixture',
        kind: 'news',
        audience,
        _status: status,
      },
      draft: status === 'draft',
      overrideAccess,
    })
  const service = (status: 'published' | 'draft') =>
    payload.create({
      collection: 'support-services',
      data: {
        name: `Fixture ${status} service`,
        categories: ['food'],
        description: 'Fixture',
        _status: status,
      },
      draft: status === 'draft',
      overrideAccess,
    })
  const media = await payload.create({
    collection: 'media',
    data: { alt: 'Fixture image' },
    file: { data: image, mimetype: 'image/jpeg', name: 'fixture-media.jpg', size: image.length },
    overrideAccess,
  })
  const staff = await payload.find({
    collection: 'users',
    where: { email: { equals: 'manager@ntars.test' } },
    limit: 1,
    overrideAccess,
  })
  const police = await memberId(payload, 'police@ntars.test')

  return {
    businesses: { businessA: businessA.id, businessB: businessB.id, unadopted: unadopted.id },
    members: { member, member2, police },
    managerAccount: staff.docs[0]?.id as number,
    incidents: { incA: incA.id, incB: incB.id, incAsbB: incAsbB.id, incWelfareB: incWelfareB.id },
    offenders: {
      offApproved: offApproved.id,
      offApproved2: offApproved2.id,
      offProposed: offProposed.id,
      offArchived: offArchived.id,
      offSafeguarded: offSafeguarded.id,
    },
    evidence: Object.fromEntries(Object.entries(ev).map(([key, doc]) => [key, doc.id])) as Record<
      keyof typeof ev,
      number
    >,
    evidenceFiles: Object.fromEntries(
      Object.entries(ev).map(([key, doc]) => [key, doc.filename as string]),
    ) as Record<keyof typeof ev, string>,
    campaigns: { published: (await campaign('published')).id, draft: (await campaign('draft')).id },
    briefings: {
      publicPublished: (await briefing('published', 'public')).id,
      membersPublished: (await briefing('published', 'members')).id,
      draft: (await briefing('draft', 'public')).id,
    },
    services: { published: (await service('published')).id, draft: (await service('draft')).id },
    media: media.id,
    recognition: recognition.id,
  }
}
export type AccessFixtures = Awaited<ReturnType<typeof createAccessFixtures>>
