import { Secret } from 'otpauth'

/** A fresh 160-bit TOTP secret in base32, the size RFC 4226 recommends for SHA-1. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32
