import type { Payload } from 'payload'

type NoticeFixture = {
  stage: 'warning' | 'exclusion'
  startsAt: string
  endsAt?: string
  outcome?: 'running' | 'expired' | 'lifted' | 'withdrawn' | 'superseded'
}

/**
 * Gives a profile an exclusion notice for a test's set-up (the profile's exclusion mirror follows through the
 * notices' hooks). With an override reason, so the stage stands whatever the rules would suggest.
 */
export const giveNotice = (payload: Payload, offenderId: number, notice: NoticeFixture) =>
  payload.create({
    collection: 'exclusion-notices',
    data: {
      offender: offenderId,
      outcome: 'running',
      ...notice,
      calculation: { overrideReason: 'Test set-up: the stage the test needs.' },
    },
    depth: 0,
    overrideAccess: true, // test set-up
  })
