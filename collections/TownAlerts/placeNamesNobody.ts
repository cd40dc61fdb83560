import { type TextFieldSingleValidation, validations } from 'payload'
import { namesInPlace } from './namesInPlace'

/**
 * The place of an "in town now" alert is pushed to lock screens as it is typed, so it may not contain the
 * profile's first name, surname or an alias (namesInPlace). Reads the profile as the sender, who had to be
 * able to read it to choose it; a profile they cannot read gives no names and the relationship's own
 * check refuses it. Keeps the text field's own checks (required, length).
 */
export const placeNamesNobody: TextFieldSingleValidation = async (value, options) => {
  const own = validations.text(value, options)
  if (own !== true || !value) return own
  const offenderId = (options.siblingData as { offender?: number | { id: number } | null }).offender
  const id = typeof offenderId === 'object' && offenderId ? offenderId.id : offenderId
  if (!id) return true
  const { req } = options
  const profile = await req.payload.findByID({
    collection: 'offenders',
    id,
    depth: 0,
    select: { firstName: true, lastName: true, aliases: true },
    disableErrors: true,
    user: req.user,
    overrideAccess: false,
    req,
  })
  if (!profile) return true
  const named = namesInPlace(value, {
    firstName: profile.firstName,
    lastName: profile.lastName,
    aliases: profile.aliases?.map((entry) => entry.alias),
  })
  if (!named.length) return true
  return 'Leave names out of the place: it shows on lock screens. Say only where they were seen (if a street shares the name, give a shop or landmark instead).'
}
