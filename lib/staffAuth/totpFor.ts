import { Secret, TOTP } from 'otpauth'
import { totpSettings } from './totpSettings'

/**
 * The TOTP generator for a base32 secret, labelled with the account's email and the scheme's name (issuer)
 * in the authenticator app. Label and issuer only name the entry: codes are the same without them.
 */
export const totpFor = (base32Secret: string, label = 'staff', issuer = '') =>
  new TOTP({
    issuer,
    label,
    algorithm: totpSettings.algorithm,
    digits: totpSettings.digits,
    period: totpSettings.period,
    secret: Secret.fromBase32(base32Secret),
  })
