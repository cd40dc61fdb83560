import { randomUUID } from 'node:crypto'
import { londonNowLocal } from '../../../lib/time/londonTime'
import { callServerAction } from './callServerAction'
import { MemberSession } from './memberSession'
import type { SoakStats } from './soakStats'

export type SoakMember = { id: number; email: string; business: number }
export type Acknowledged = { key: string; id: number; reference: string; member: number; withPhoto: boolean }
/** One request's place in time, for the outage figures (ms since the run started). */
export type TimelineEntry = {
  kind: string
  start: number
  end: number
  ok: boolean
  clean: boolean
  status: string
}

export type SoakContext = {
  baseUrl: string
  password: string
  actionId: string
  startedAt: number
  deadline: number
  /** After the deadline, reports already started keep retrying until then (a phone would too). */
  retryDeadline: number
  thinkMs: number
  photos: Buffer[]
  stats: SoakStats
  timeline: TimelineEntry[]
  acknowledged: Acknowledged[]
  /** Keys that were sent but never acknowledged: the server may or may not have filed them. */
  unacknowledged: { key: string; member: number; withPhoto: boolean }[]
  /** The first body of each failed status, kept with --keep for a look at what members were shown. */
  samples: Map<string, string>
}

type ReportResult =
  | { ok: true; id: number; reference: string }
  | { ok: false; message: string; retry?: boolean; fieldErrors?: Record<string, string> }

const cleanFailureMessages = [/service is busy/i, /Photo could not be saved/i, /could not be saved just now/i]
// A stack trace or a framework's raw error page in an answer is never clean.
const looksLikeStack = (body: string) => /\n\s+at [^\n]+:\d+:\d+|node_modules\/|ECONNREFUSED/.test(body)
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const jitter = (mean: number) => mean * (0.5 + Math.random())
const reportTypes = [
  'theft',
  'abuse-to-staff',
  'criminal-damage',
  'asb',
  'begging',
  'street-drinking',
  'other',
]
const searchWords = ['hood', 'tall', 'cap', 'jacket', 'beard', 'a', 'red', 'bag']

const londonLocalMinutesAgo = (minutes: number) => londonNowLocal(new Date(Date.now() - minutes * 60_000))

/**
 * One member for the length of the run: signs in, then browses the gallery (list, search, profile) and files
 * reports through the report form's server action, a third of them with a photo, thinking between steps.
 * A report that is not acknowledged is sent again with the same submission key, as the form does.
 */
export const runVirtualMember = async (context: SoakContext, member: SoakMember) => {
  const { stats, timeline } = context
  const session = new MemberSession(
    context.baseUrl,
    `10.77.${Math.floor(member.id / 250) % 250}.${(member.id % 250) + 1}`,
  )
  const now = () => Date.now() - context.startedAt
  const note = (kind: string, start: number, ok: boolean, clean: boolean, status: string) => {
    const end = now()
    stats.record(kind, end - start, ok ? 'ok' : 'error', status)
    timeline.push({ kind, start, end, ok, clean, status })
  }
  const profileIds = new Set<number>()

  const page = async (kind: string, path: string) => {
    const start = now()
    try {
      const answer = await session.request(path)
      for (const match of answer.body.matchAll(/href="\/offenders\/(\d+)"/g)) profileIds.add(Number(match[1]))
      const ok = answer.status === 200
      const clean =
        ok ||
        // Next's error document (id="__next_error__") carries no text; the browser renders app/global-error.tsx.
        (answer.status >= 500 &&
          /service is busy|id="__next_error__"/i.test(answer.body) &&
          !looksLikeStack(answer.body))
      if (!ok && context.samples.size < 5 && !context.samples.has(String(answer.status)))
        context.samples.set(String(answer.status), answer.body.slice(0, 4000))
      note(kind, start, ok, clean, String(answer.status))
    } catch (error) {
      note(kind, start, false, false, (error as Error).name === 'TimeoutError' ? 'timeout' : 'network')
    }
  }

  const report = async () => {
    const withPhoto = Math.random() < 1 / 3
    const key = randomUUID()
    const kind = withPhoto ? 'report+photo' : 'report'
    const form = () => {
      const data = new FormData()
      data.set('type', reportTypes[Math.floor(Math.random() * reportTypes.length)] as string)
      data.set('occurredAt', londonLocalMinutesAgo(5 + Math.floor(Math.random() * 120)))
      data.set(
        'description',
        `Soak test report by ${member.email}: took goods from the front display and left.`,
      )
      data.set('valueLost', (Math.random() * 80).toFixed(2))
      data.set('policeCalled', 'false')
      data.set('proposeIdSought', 'false')
      data.set('idempotencyKey', key)
      if (withPhoto) {
        const photo = context.photos[Math.floor(Math.random() * context.photos.length)] as Buffer
        data.append('photos', new File([new Uint8Array(photo)], 'till-cam.jpg', { type: 'image/jpeg' }))
      }
      return data
    }
    for (let attempt = 1; now() + context.startedAt < context.retryDeadline; attempt++) {
      const start = now()
      try {
        const answer = await callServerAction<ReportResult>(session, '/report', context.actionId, form())
        const result = answer.result
        if (result?.ok) {
          note(
            kind,
            start,
            true,
            true,
            attempt > 1 ? `ok-after-${Math.min(attempt, 9)}${attempt > 9 ? '+' : ''}` : '200',
          )
          context.acknowledged.push({
            key,
            id: result.id,
            reference: result.reference,
            member: member.id,
            withPhoto,
          })
          return
        }
        const message = result && !result.ok ? result.message : ''
        const clean =
          Boolean(result) &&
          cleanFailureMessages.some((pattern) => pattern.test(message)) &&
          !looksLikeStack(answer.body)
        const fields = result && !result.ok && result.fieldErrors ? Object.entries(result.fieldErrors) : []
        const status = fields.length
          ? `refused:${fields.map(([name, text]) => `${name}=${text}`).join(';')}`
          : result
            ? `refused:${message.slice(0, 24)}`
            : String(answer.status)
        note(kind, start, false, clean, status)
        if (result && !result.ok && !result.retry) break // the answers were refused: sending again cannot help
      } catch (error) {
        note(kind, start, false, false, (error as Error).name === 'TimeoutError' ? 'timeout' : 'network')
      }
      await pause(Math.min(8000, 500 * 2 ** Math.min(attempt, 4)) * (0.5 + Math.random()))
    }
    context.unacknowledged.push({ key, member: member.id, withPhoto })
  }

  // Members arrive over the first part of the run (up to 30 s), as a shift starting would: all at once, their
  // password hashing starves every other request (docs/soak-and-faults.md, "Arrivals").
  await pause(Math.random() * Math.min(30_000, (context.deadline - context.startedAt) * 0.4))
  for (let attempt = 1; Date.now() < context.deadline; attempt++) {
    const start = now()
    try {
      const answer = await session.signIn(member.email, context.password)
      // A refusal redirects to the sign-in page with next-auth's error code, which is what the member is shown.
      const refusal = answer.location ? new URL(answer.location, context.baseUrl).searchParams : null
      const code = refusal?.get('code') ?? refusal?.get('error') ?? null
      note(
        'sign-in',
        start,
        answer.ok,
        answer.ok || code === 'busy',
        answer.ok ? String(answer.status) : `refused-${code ?? answer.status}`,
      )
      if (answer.ok) break
    } catch (error) {
      note('sign-in', start, false, false, (error as Error).name === 'TimeoutError' ? 'timeout' : 'network')
    }
    await pause(1000 * attempt)
  }
  while (Date.now() < context.deadline) {
    await pause(jitter(context.thinkMs))
    if (Date.now() >= context.deadline) break
    const roll = Math.random()
    if (roll < 0.3) await page('gallery', '/offenders')
    else if (roll < 0.5)
      await page('search', `/offenders?q=${searchWords[Math.floor(Math.random() * searchWords.length)]}`)
    else if (roll < 0.75 && profileIds.size) {
      const ids = [...profileIds]
      await page('profile', `/offenders/${ids[Math.floor(Math.random() * ids.length)]}`)
    } else await report()
  }
}
