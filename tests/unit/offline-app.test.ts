import { describe, expect, it } from 'vitest'
import { queueOutcomeOf } from '@/components/report/offlineQueue/queueOutcomeOf'
import { isKeptOfflinePage, isKeptOfflinePhoto } from '@/lib/offline/isKeptOffline'
import { memberCacheName, memberCachesToDelete, staticCacheName } from '@/lib/offline/offlineCacheNames'
import { offlineCopyIsFresh } from '@/lib/offline/offlineCopyIsFresh'

describe('the offline report queue', () => {
  it('leaves the queue only when the report is filed', () => {
    expect(queueOutcomeOf(200, { ok: true, reference: 'NT-000001', id: 1, proposed: false })).toEqual({
      kind: 'sent',
      reference: 'NT-000001',
    })
  })

  it('keeps a report whose session ended, and asks to sign in', () => {
    expect(queueOutcomeOf(401, { ok: false, message: 'Your session has ended.' })).toMatchObject({
      kind: 'keep',
      problem: { kind: 'signed-out' },
    })
  })

  it('keeps a report another member on the phone may not send', () => {
    expect(queueOutcomeOf(409, { ok: false, message: 'Another member.' })).toMatchObject({
      kind: 'keep',
      problem: { kind: 'other-member' },
    })
  })

  it('keeps a report the server was too busy for, to try again as it is', () => {
    expect(queueOutcomeOf(200, { ok: false, message: 'Busy', retry: true })).toEqual({ kind: 'keep' })
    expect(queueOutcomeOf(502, null)).toEqual({ kind: 'keep' })
  })

  it('keeps a refused report for its writer to edit, never throwing it away', () => {
    expect(
      queueOutcomeOf(200, { ok: false, message: 'Check the answers', fieldErrors: { type: 'Choose' } }),
    ).toEqual({ kind: 'keep', problem: { kind: 'refused', message: 'Check the answers' } })
  })
})

describe('the offline copies of members’ pages', () => {
  const now = Date.UTC(2026, 0, 1, 12)

  it('are shown only while younger than the limit', () => {
    expect(offlineCopyIsFresh(String(now - 59 * 60_000), now, 60)).toBe(true)
    expect(offlineCopyIsFresh(String(now - 60 * 60_000), now, 60)).toBe(false)
    expect(offlineCopyIsFresh(String(now - 1000), now, 0)).toBe(false)
  })

  it('are never shown without a stamp, or stamped in the future by a clock set back', () => {
    expect(offlineCopyIsFresh(null, now, 60)).toBe(false)
    expect(offlineCopyIsFresh('not a time', now, 60)).toBe(false)
    expect(offlineCopyIsFresh(String(now + 60_000), now, 60)).toBe(false)
  })

  it('are kept in a cache per member, and every other member’s is deleted', () => {
    const names = [staticCacheName, memberCacheName(7), memberCacheName(8), 'serwist-precache-v2']
    expect(memberCachesToDelete(names, 7)).toEqual([memberCacheName(8)])
    expect(memberCachesToDelete(names, null)).toEqual([memberCacheName(7), memberCacheName(8)])
  })

  it('are made only of the report form, the gallery, its profiles and their photos', () => {
    for (const path of ['/report', '/offenders', '/offenders/12']) expect(isKeptOfflinePage(path)).toBe(true)
    for (const path of ['/account', '/reports', '/offenders/12/edit', '/members', '/incidents/3'])
      expect(isKeptOfflinePage(path)).toBe(false)
    expect(isKeptOfflinePhoto('/photos/4')).toBe(true)
    expect(isKeptOfflinePhoto('/photos/4/original')).toBe(false)
  })
})
