/**
 * What the users beforeLogin hook throws to stop a login on purpose. Throwing rolls the login's transaction
 * back, so neither carries a session. Recognised by `signal`, not class name (production builds minify).
 */
export class PasswordAccepted extends Error {
  readonly signal = 'ntars-password-accepted'
  constructor(
    readonly userId: number,
    readonly enrolled: boolean,
    readonly pendingSecret: string | null,
  ) {
    super('Password accepted; a second factor is still needed')
  }
}

export type SecondFactorRefusal = 'wrong-code' | 'reused-code' | 'not-enrolled'

export class SecondFactorRefused extends Error {
  readonly signal = 'ntars-second-factor-refused'
  constructor(
    readonly userId: number,
    readonly reason: SecondFactorRefusal,
  ) {
    super('Second factor refused')
  }
}

export const isPasswordAccepted = (error: unknown): error is PasswordAccepted =>
  (error as PasswordAccepted | null)?.signal === 'ntars-password-accepted'

export const isSecondFactorRefused = (error: unknown): error is SecondFactorRefused =>
  (error as SecondFactorRefused | null)?.signal === 'ntars-second-factor-refused'
