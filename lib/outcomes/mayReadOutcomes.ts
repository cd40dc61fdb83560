import type { StaffAccount } from '@/access/accountOf'

/** Outcome reports are the scheme's own management figures: admins and scheme managers, not editors. */
export const mayReadOutcomes = (staff: StaffAccount | null | undefined): staff is StaffAccount =>
  staff?.collection === 'users' &&
  Boolean(staff.roles?.some((role) => role === 'admin' || role === 'scheme-manager'))
