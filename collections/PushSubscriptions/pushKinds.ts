/**
 * The kinds of push a device may take, each one a preference per device. `urgent` alerts ignore quiet
 * hours (docs/push-alerts.md); the others wait for the morning or go unsent.
 */
export const pushKinds = ['urgent', 'in-town', 'briefing', 'digest'] as const
export type PushKind = (typeof pushKinds)[number]

/** The preference field that says whether a device takes this kind. */
export const preferenceFieldOf = {
  urgent: 'urgent',
  'in-town': 'inTown',
  briefing: 'briefings',
  digest: 'digest',
} as const satisfies Record<PushKind, string>

/** Kinds that a device's quiet hours do not hold back. */
export const ignoresQuietHours = (kind: PushKind): boolean => kind === 'urgent'
