import { signInMember } from '@/scripts/lib/signInMember'
import { baseUrl } from './http'

/**
 * A made-up X-Forwarded-For as the shipped nginx sends it: whatever the client wrote (a TEST-NET-3 address)
 * and then the address nginx saw, which is the one the app trusts (lib/audit/clientIp.ts). That last one is
 * drawn from 16 million so each test's per-address rate limits are its own.
 */
const octet = () => Math.floor(Math.random() * 254) + 1
export const fakeIp = () => `198.51.100.${octet()}, 10.${octet()}.${octet()}.${octet()}`

/**
 * Signs in to the members' area of the app under test (signInMember) from a fresh made-up address.
 * Returns the raw response (for its Set-Cookie attributes and redirect) and the Cookie header to send on.
 */
export const memberSignIn = (email: string, password: string, ip = fakeIp()) =>
  signInMember(baseUrl(), email, password, { headers: { 'X-Forwarded-For': ip } })
