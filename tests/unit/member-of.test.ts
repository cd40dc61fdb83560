/**
 * Defence in depth behind the member door: a member's rights exist only through the app's own server code
 * (the Local API), so on a REST request every access rule built on `memberOf` gives a member nothing.
 */
import { describe, expect, it } from 'vitest'
import { memberOf } from '@/access/accountOf'

const member = { id: 7, collection: 'members', role: 'member', accountStatus: 'active', business: 1 }

describe('memberOf', () => {
  it('is the member on the Local API, as the members’ area calls it', () => {
    expect(memberOf({ user: member, payloadAPI: 'local' } as never)?.id).toBe(7)
    expect(memberOf({ user: member } as never)?.id).toBe(7)
  })

  it('is nobody on a REST or GraphQL request, even with a valid member token', () => {
    expect(memberOf({ user: member, payloadAPI: 'REST' } as never)).toBeNull()
    expect(memberOf({ user: member, payloadAPI: 'GraphQL' } as never)).toBeNull()
  })

  it('is nobody for a suspended account', () => {
    expect(
      memberOf({ user: { ...member, accountStatus: 'suspended' }, payloadAPI: 'local' } as never),
    ).toBeNull()
  })
})
