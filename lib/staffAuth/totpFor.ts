import { Secret, TOTP } from 'otpauth'
import { totpSettings } from './totpSettings'

/** The TOTP generator for a base32 secret, labelled with the account's email in the authenticator app. */
export const totpFor = (base32Secret: string, label = 'staff') =>
  new TOTP({
    issuer: totpSettings.issuer,
    label,
    algorithm: totpSettings.algorithm,
    digits: totpSettings.digits,
    period: totpSettings.period,
    secret: Secret.fromBase32(base32Secret),
  })
