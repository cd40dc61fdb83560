/**
 * A relationship to profiles offers, and accepts, exactly the profiles the caller may read: with
 * filterOptions set, Payload re-reads the ids a client writes with the caller's read access (readOffenders),
 * and `true` adds no filter of its own. The report form's picker, the admin's and that check are one rule.
 */
export const linkableProfiles = (): true => true
