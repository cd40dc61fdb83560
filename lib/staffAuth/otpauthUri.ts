import { totpFor } from './totpFor'

/** The otpauth:// address an authenticator app scans: issuer the scheme's short name, labelled with the staff email. */
export const otpauthUri = (base32Secret: string, email: string, issuer: string): string =>
  totpFor(base32Secret, email, issuer).toString()
