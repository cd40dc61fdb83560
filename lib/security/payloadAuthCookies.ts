import { secureCookies } from './secureCookies'

/** For a Payload auth collection's `auth.cookies`: Secure over https, never sent on cross-site posts. */
export const payloadAuthCookies = () => ({ secure: secureCookies(), sameSite: 'Lax' as const })
