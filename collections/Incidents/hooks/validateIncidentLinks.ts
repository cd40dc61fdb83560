import { type CollectionBeforeChangeHook, ValidationError } from 'payload'
import { meaningOfType } from '@/collections/IncidentTypes/meaningOfType'
import { isRecoveredAboveLost, recoveredAboveLostMessage } from '../rules/incidentValueLimits'
import { mayLinkToGallery } from '../rules/mayLinkToGallery'

/**
 * A welfare concern (a type whose meaning is welfare) is about someone's wellbeing: it never links to the
 * offender gallery. Value recovered
 * cannot exceed value lost.
 */
export const validateIncidentLinks: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const type = data.type ?? originalDoc?.type
  const offenders = data.offenders ?? originalDoc?.offenders ?? []
  const errors: { message: string; path: string }[] = []
  if (Array.isArray(offenders) && offenders.length > 0 && !mayLinkToGallery(await meaningOfType(req, type))) {
    errors.push({ message: 'A welfare concern cannot be linked to an offender profile.', path: 'offenders' })
  }
  const lost = data.valueLost ?? originalDoc?.valueLost
  const recovered = data.valueRecovered ?? originalDoc?.valueRecovered
  if (isRecoveredAboveLost(lost, recovered)) {
    errors.push({ message: recoveredAboveLostMessage, path: 'valueRecovered' })
  }
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req })
  return data
}
