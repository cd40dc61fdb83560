import 'next-auth'

declare module 'next-auth' {
  interface Session {
    memberId?: number
    sid?: string
  }
}
