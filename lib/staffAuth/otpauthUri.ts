import { totpFor } from './totpFor'

/** The otpauth:// address an authenticator app scans: issuer NTARS, labelled with the staff email. */
export const otpauthUri = (base32Secret: string, email: string): string =>
  totpFor(base32Secret, email).toString()
