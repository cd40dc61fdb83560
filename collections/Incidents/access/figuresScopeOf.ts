import type { PayloadRequest } from 'payload'
import { businessOf, memberWithRole } from '@/access/member'
import { hasStaffRole } from '@/access/staff'

/**
 * Whose report figures a caller sees (docs/figures.md): a business manager their own business's (the
 * business from their account, never from a parameter), police and scheme staff the whole scheme's.
 * Ordinary members, partner agencies and editors see none: a business's losses and outcome rate are its
 * management's figures, and a partner's remit is a few report types, not the scheme's pattern.
 */
export type FiguresScope = { kind: 'business'; business: number } | { kind: 'scheme' }

export const figuresScopeOf = (req: Pick<PayloadRequest, 'user'>): FiguresScope | null => {
  if (hasStaffRole(req, 'admin', 'scheme-manager')) return { kind: 'scheme' }
  if (memberWithRole(req, 'police')) return { kind: 'scheme' }
  const business = businessOf(memberWithRole(req, 'business-manager'))
  return business === null ? null : { kind: 'business', business }
}
