import { instrument } from './instrument'

/** Counts a refused sign-in by area (staff or members) and reason (`invalid`, `locked`, `limited`…), never by account. */
export const countFailedSignIn = (area: 'staff' | 'member', reason: string): void => {
  instrument('ntars.sign_ins.failed', (meter) =>
    meter.createCounter('ntars.sign_ins.failed', { description: 'Refused sign-ins', unit: '{attempt}' }),
  ).add(1, { area, reason })
}
