/**
 * Test set-up for staff accounts, which need a second factor to sign in: enrol one with a KNOWN secret
 * (straight into the database, sealed exactly as the app seals it) and compute its current code. Used by
 * the browser and HTTP tests, which then sign in through the real /staff/sign-in form.
 */
import pg from 'pg'
import { sealSecret } from '@/lib/staffAuth/sealSecret'
import { totpFor } from '@/lib/staffAuth/totpFor'

/** A fixed, fictional TOTP secret (base32) for test accounts only. */
export const knownStaffSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'

/** The code an authenticator app would show now for a secret. */
export const staffCode = (secret = knownStaffSecret, timestamp = Date.now()) =>
  totpFor(secret).generate({ timestamp })

/**
 * Gives a staff account the known secret as its enrolled factor, with no code used yet (so several sign-ins
 * within one 30-second step work) and no recovery codes. Needs DATABASE_URL and PAYLOAD_SECRET of the app.
 */
export const enrolStaffWithKnownSecret = async (email: string, secret = knownStaffSecret): Promise<void> => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    const result = await client.query(
      `UPDATE users SET second_factor_secret = $1, second_factor_pending_secret = NULL,
         second_factor_enabled_at = now(), second_factor_last_used_step = NULL, second_factor_recovery_codes = NULL
       WHERE email = $2`,
      [sealSecret(secret), email.toLowerCase()],
    )
    if (result.rowCount !== 1) throw new Error(`No staff account ${email} to enrol`)
  } finally {
    await client.end()
  }
}

/** Clears a staff account's factor, as an admin's reset does, so the next sign-in enrols. */
export const clearStaffFactor = async (email: string): Promise<void> => {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL })
  await client.connect()
  try {
    await client.query(
      `UPDATE users SET second_factor_secret = NULL, second_factor_pending_secret = NULL,
         second_factor_enabled_at = NULL, second_factor_last_used_step = NULL, second_factor_recovery_codes = NULL
       WHERE email = $1`,
      [email.toLowerCase()],
    )
  } finally {
    await client.end()
  }
}
