'use server'
import { headers } from 'next/headers'
import { type JoinResult, submitApplication } from '@/features/join/submitApplication'
import { clientIp } from '@/lib/audit/clientIp'

export type { JoinResult }

/** The public join form. No sign-in; the caller's address (from the proxy headers) feeds the rate limit. */
export const joinSchemeAction = async (form: FormData): Promise<JoinResult> =>
  submitApplication(form, { ip: clientIp(await headers()) ?? '' })
