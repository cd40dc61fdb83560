import type { StaffAccount } from '@/access/accountOf'
import { isSchemeManagerAccount } from '@/access/isSchemeManagerAccount'

/** Outcome reports are the scheme's own management figures: admins and scheme managers, not editors. */
export const mayReadOutcomes = (staff: StaffAccount | null | undefined): staff is StaffAccount =>
  isSchemeManagerAccount(staff)
