import NextAuth, { CredentialsSignin } from 'next-auth'
import Credentials from 'next-auth/providers/credentials'
import { clientIp } from '@/lib/audit/clientIp'
import { isDatabaseUnavailable } from '@/lib/database/isDatabaseUnavailable'
import { authSecret } from '@/lib/env/authSecret'
import { logger } from '@/lib/log/logger'
import { memberAuthCookies } from '@/lib/security/memberAuthCookies'
import { secureCookies } from '@/lib/security/secureCookies'
import { authorizeMember } from './authorizeMember'
import { memberSessionHours } from './memberSessionHours'

class SignInRefused extends CredentialsSignin {
  constructor(code: string) {
    super()
    this.code = code
  }
}

/**
 * Members' area sign-in (Auth.js v5). The encrypted cookie carries only the member id and the Payload
 * session id; every page re-checks both against the database (`currentMember`), so signing out or
 * suspending an account takes effect at once.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: authSecret(),
  trustHost: true,
  useSecureCookies: secureCookies(),
  cookies: memberAuthCookies(),
  session: { strategy: 'jwt', maxAge: memberSessionHours * 3600, updateAge: 15 * 60 },
  pages: { signIn: '/sign-in', error: '/sign-in' },
  logger: {
    // A refused sign-in is expected and already audit-logged; do not fill the log with its stack trace.
    error: (error) => {
      if (error.name === 'CredentialsSignin' || (error as { type?: string }).type === 'CredentialsSignin')
        return
      logger.error({ err: error }, 'Members’ sign-in failed')
    },
  },
  providers: [
    Credentials({
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      authorize: async (credentials, request) => {
        const outcome = await authorizeMember(credentials, { ip: clientIp(request?.headers) }).catch(
          (error: unknown) => {
            // PostgreSQL unreachable (a restart, an outage): say "busy", never "wrong password".
            if (isDatabaseUnavailable(error)) throw new SignInRefused('busy')
            throw error
          },
        )
        if ('refused' in outcome) {
          // The wait travels in the code so the form can say how long ("limited:540").
          throw new SignInRefused(
            outcome.refused === 'limited' ? `limited:${outcome.retryAfterSeconds}` : outcome.refused,
          )
        }
        return outcome.member
      },
    }),
  ],
  callbacks: {
    jwt: ({ token, user }) => {
      if (user) {
        token.memberId = Number(user.id)
        token.sid = (user as { sid?: string }).sid
      }
      return token
    },
    session: ({ session, token }) => ({
      ...session,
      memberId: typeof token.memberId === 'number' ? token.memberId : undefined,
      sid: typeof token.sid === 'string' ? token.sid : undefined,
    }),
  },
})
