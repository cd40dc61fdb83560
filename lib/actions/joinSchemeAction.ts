'use server'
import { headers } from 'next/headers'
import { clientIp } from '@/lib/audit/clientIp'
import { type JoinResult, submitApplication } from '@/lib/join/submitApplication'

export type { JoinResult }

/** The public join form. No sign-in; the caller's address (from the proxy headers) feeds the rate limit. */
export const joinSchemeAction = async (form: FormData): Promise<JoinResult> =>
  submitApplication(form, { ip: clientIp(await headers()) ?? '' })
