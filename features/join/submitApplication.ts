import 'server-only'
import type { RequiredDataFromCollectionSlug } from 'payload'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { schemeEmailFacts } from '@/lib/email/schemeEmailFacts'
import { pruneRateLimits } from '@/lib/rateLimit/pruneRateLimits'
import type { Business } from '@/payload-types'
import { applicationFromForm } from './applicationFromForm'
import { applicationReceivedEmail } from './applicationReceivedEmail'
import { checkJoinRateLimits } from './checkJoinRateLimits'
import { errorSummary } from './errorSummary'
import { fieldErrorsOf } from './fieldErrorsOf'
import { honeypotField } from './honeypotField'
import { joinFieldOfPath } from './joinFieldOfPath'
import { joinLimits } from './joinLimits'
import { joinSchema } from './joinSchema'

export type JoinResult =
  | { ok: true; email: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string> }

/**
 * A business applies to join the scheme from the public site. Validates with zod; a filled honeypot gets
 * the same answer as success and writes nothing; the per-address and per-email limits live in PostgreSQL.
 * The applicant business is created through the Local API as the public (`overrideAccess: false`, no user):
 * the collection's access lets only this server-side path create, and field access makes it an applicant.
 * The confirmation email follows; if it fails the application is still kept and staff see it.
 */
export const submitApplication = async (form: FormData, meta: { ip: string }): Promise<JoinResult> => {
  const trap = form.get(honeypotField)
  const parsed = joinSchema.safeParse(applicationFromForm(form))
  if (typeof trap === 'string' && trap.trim() !== '') {
    // Look exactly like success, so the bot learns nothing.
    return { ok: true, email: parsed.success ? parsed.data.contactEmail : '' }
  }
  if (!parsed.success) {
    return { ok: false, message: 'Some answers need another look.', fieldErrors: fieldErrorsOf(parsed.error) }
  }
  const application = parsed.data
  const payload = await getPayloadClient()
  try {
    const limited = await checkJoinRateLimits(payload, { ip: meta.ip, email: application.contactEmail })
    if (limited) {
      payload.logger.warn({ msg: 'Join application rate-limited' })
      return { ok: false, message: limited }
    }
    // No membership status, agreement or officer: field access keeps those staff-only, so the default
    // (applicant) applies whatever a client sends.
    const data = {
      name: application.businessName,
      category: application.category as Business['category'],
      address: {
        line1: application.addressLine1,
        line2: application.addressLine2 || undefined,
        postcode: application.postcode,
      },
      contact: {
        name: application.contactName,
        email: application.contactEmail,
        phone: application.contactPhone,
      },
      application: { termsAcceptedAt: new Date().toISOString() },
    } satisfies Partial<Business>
    const business = await payload.create({
      collection: 'businesses',
      data: data as RequiredDataFromCollectionSlug<'businesses'>,
      depth: 0,
      // The public, as the public: collection and field access decide what an application may set.
      overrideAccess: false,
    })
    payload.logger.info({ msg: 'Join application received', business: business.id })
    await pruneRateLimits(payload, joinLimits.perEmail.windowSeconds * 2).catch((error: unknown) =>
      payload.logger.warn({ msg: 'Pruning rate limits failed', ...errorSummary(error) }),
    )
    try {
      const email = applicationReceivedEmail(await schemeEmailFacts(payload), {
        contactName: application.contactName,
        businessName: application.businessName,
      })
      await payload.sendEmail({ to: application.contactEmail, ...email })
    } catch (error) {
      payload.logger.error({
        msg: 'Join confirmation email failed',
        business: business.id,
        ...errorSummary(error),
      })
    }
    return { ok: true, email: application.contactEmail }
  } catch (error) {
    const errors = (error as { data?: { errors?: { message: string; path?: string }[] } }).data?.errors
    // Field paths and the error's class only: never the applicant's details.
    payload.logger.error({
      msg: 'Join application could not be saved',
      ...errorSummary(error),
      fields: errors?.map((entry) => entry.path),
    })
    // Payload's own field checks (rarely stricter than the form's) are shown against the form's fields.
    const fieldErrors: Record<string, string> = {}
    for (const entry of errors ?? []) {
      const field = joinFieldOfPath(entry.path)
      if (field) fieldErrors[field] ??= entry.message
    }
    if (Object.keys(fieldErrors).length) {
      return { ok: false, message: 'Some answers need another look.', fieldErrors }
    }
    return {
      ok: false,
      message:
        'Your application could not be sent just now and nothing was kept. Please try again in a few minutes.',
    }
  }
}
