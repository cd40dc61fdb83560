/**
 * RFC 6238 defaults that every authenticator app understands: SHA-1, six digits, 30-second steps. The
 * issuer an app shows is the scheme's short name, from its settings (otpauthUri).
 */
export const totpSettings = {
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  /** One step either side, for clocks a little apart. */
  window: 1,
} as const
