import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { londonDayBounds } from '@/lib/time/londonDayBounds'
import { levyDayOf } from '../levyDayOf'

/**
 * A levy period is whole UK days, first to last inclusive: both ends are stored as the start of their
 * London day, the end may not come before the start, and periods never overlap (the outcome report shares
 * each period's levy and costs out by day, so an overlap would count the same pounds twice).
 */
export const checkLevyPeriodDates: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const first = levyDayOf(data.startsOn ?? originalDoc?.startsOn)
  const last = levyDayOf(data.endsOn ?? originalDoc?.endsOn)
  const errors: { message: string; path: string }[] = []
  if (!first) errors.push({ message: 'Enter the first day of the levy period.', path: 'startsOn' })
  if (!last) errors.push({ message: 'Enter the last day of the levy period.', path: 'endsOn' })
  if (first && last && last < first) {
    errors.push({
      message: 'The last day of the levy period cannot be before its first day.',
      path: 'endsOn',
    })
  }
  if (errors.length || !first || !last)
    throw new ValidationError({ collection: collection.slug, errors, req })
  const startsOn = londonDayBounds(first)?.start.toISOString()
  const endsOn = londonDayBounds(last)?.start.toISOString()
  const overlapping = await req.payload.find({
    collection: 'levy-periods',
    where: {
      and: [
        { startsOn: { less_than_equal: endsOn } },
        { endsOn: { greater_than_equal: startsOn } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    select: { startsOn: true, endsOn: true },
    depth: 0,
    limit: 1,
    overrideAccess: true, // the check must see every period, whoever is saving
    req,
  })
  const clash = overlapping.docs[0]
  if (clash) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          message: `This period overlaps the levy period ${levyDayOf(clash.startsOn)} to ${levyDayOf(clash.endsOn)}: change its dates or that period's.`,
          path: 'startsOn',
        },
      ],
      req,
    })
  }
  return { ...data, startsOn, endsOn }
}
