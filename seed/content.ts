import type { Payload } from 'payload'
import { slugify } from '@/lib/text/slugify'
import { londonLocalToUtc } from '@/lib/time/londonTime'
import { lexical } from './lexical'
import { town } from './names'

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()
const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString()
/** A time of day, UK time, some days from now: when a public evening event would run. */
const ukTimeAhead = (days: number, time: string) => {
  const day = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
  return (londonLocalToUtc(`${day}T${time}`) ?? new Date()).toISOString()
}

/** Cops Adopt A Shop and a second campaign, published. */
export const seedCampaigns = async (payload: Payload) => {
  await payload.create({
    collection: 'campaigns',
    data: {
      title: 'Cops Adopt A Shop',
      slug: 'cops-adopt-a-shop',
      summary: 'Town centre shops with their own named police officer, who drops in every few weeks.',
      showAdoptedShops: true,
      _status: 'published',
      content: lexical([
        { heading: 'What it is' },
        {
          paragraph:
            'Each adopted shop has a named officer from the neighbourhood policing team. Staff know who to talk to, and the officer knows the shop, its staff and its problems.',
        },
        { heading: 'How it works' },
        {
          paragraph:
            'Your officer drops in every few weeks, and more often after a spate of incidents. They read your reports, help with crime prevention and follow up on known offenders.',
        },
        { heading: 'How to join' },
        { paragraph: 'Any member business can ask to be adopted. Join the scheme, then ask the BID team.' },
      ]),
    },
    overrideAccess: true, // seeding
  })
  await payload.create({
    collection: 'campaigns',
    data: {
      title: 'Safer Nights',
      slug: 'safer-nights',
      summary: 'Bars, clubs and late-night food working together on Friday and Saturday nights.',
      _status: 'published',
      content: lexical([
        { paragraph: 'Radio link, shared banning notices and a welfare point on busy nights.' },
      ]),
    },
    overrideAccess: true, // seeding
  })
}

/** Public news, a public event, a members' alert and a members' briefing event. */
export const seedBriefings = async (payload: Payload) => {
  const briefings = [
    {
      title: 'Scheme relaunch: over 200 members signed up',
      kind: 'news' as const,
      audience: 'public' as const,
      publishedAt: daysAgo(40),
      summary: 'Businesses across the town centre have joined the relaunched reporting scheme.',
    },
    {
      title: 'Sharp fall in anti-social behaviour reports',
      kind: 'news' as const,
      audience: 'public' as const,
      publishedAt: daysAgo(12),
      summary: 'Targeted patrols and shared intelligence are making a difference.',
    },
    {
      title: 'Alert: distraction thefts at tills this week',
      kind: 'alert' as const,
      audience: 'members' as const,
      publishedAt: daysAgo(3),
      summary: 'Two people working together are distracting staff at tills. Keep cash drawers closed.',
    },
    {
      title: 'Town centre safety open evening',
      kind: 'event' as const,
      audience: 'public' as const,
      publishedAt: daysAgo(2),
      summary:
        'Meet the neighbourhood policing team and the BID wardens, and ask about keeping safe in town.',
      event: {
        startsAt: ukTimeAhead(21, '18:00'),
        endsAt: ukTimeAhead(21, '20:00'),
        place: 'Guild Hall, Guild Square',
        howToAttend: 'Free and open to everyone. No need to book: just come along.',
        rsvpEnabled: false,
      },
    },
    {
      title: 'Retail crime briefing for businesses',
      kind: 'event' as const,
      audience: 'members' as const,
      publishedAt: daysAgo(5),
      summary: 'Meet your officers, the council ASB unit and outreach workers.',
      event: {
        startsAt: daysAhead(14),
        endsAt: daysAhead(14.08),
        place: 'Community Room, Exchange Arcade',
        howToAttend: 'Free for member businesses. RSVP in the members’ area.',
        rsvpEnabled: true,
      },
    },
  ]
  for (const briefing of briefings) {
    await payload.create({
      collection: 'briefings',
      data: {
        ...briefing,
        slug: slugify(briefing.title),
        _status: 'published',
        content: lexical([{ paragraph: briefing.summary }]),
      },
      draft: false,
      overrideAccess: true, // seeding
    })
  }
}

/** The signposting directory (invented services with reserved 01632 numbers). */
export const seedSupportServices = async (payload: Payload) => {
  const services = [
    {
      name: 'Northbrook Night Shelter',
      categories: ['rough-sleeping', 'housing'],
      openingTimes: 'Every night, 7pm to 8am',
    },
    {
      name: 'Street Outreach Team',
      categories: ['rough-sleeping'],
      openingTimes: 'Daily walk-rounds, 6am and 9pm',
    },
    {
      name: 'Open Door Housing Advice',
      categories: ['housing'],
      openingTimes: 'Monday to Friday, 9am to 5pm',
    },
    {
      name: 'Turning Point Recovery Hub',
      categories: ['addiction'],
      openingTimes: 'Monday to Saturday, 10am to 4pm',
    },
    {
      name: 'Talking Space Drop-in',
      categories: ['mental-health'],
      openingTimes: 'Tuesday and Thursday, 12pm to 6pm',
    },
    { name: 'Community Larder', categories: ['food'], openingTimes: 'Wednesday and Saturday, 11am to 2pm' },
    { name: 'Walk-in Health Centre', categories: ['health'], openingTimes: 'Every day, 8am to 8pm' },
    {
      name: 'Victim and Witness Support',
      categories: ['victim-support'],
      openingTimes: 'Monday to Friday, 9am to 5pm',
    },
  ] as const
  for (const [index, service] of services.entries()) {
    await payload.create({
      collection: 'support-services',
      data: {
        name: service.name,
        categories: [...service.categories],
        description: `${service.name} offers free, confidential help in ${town.name}.`,
        openingTimes: service.openingTimes,
        phone: `01632 96${String(1000 + index)}`,
        address: `${10 + index} Friary Walk, ${town.name}`,
        _status: 'published',
      },
      overrideAccess: true, // seeding
    })
  }
}
