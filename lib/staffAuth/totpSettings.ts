/** RFC 6238 defaults that every authenticator app understands: SHA-1, six digits, 30-second steps. */
export const totpSettings = {
  issuer: 'NTARS',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  /** One step either side, for clocks a little apart. */
  window: 1,
} as const
