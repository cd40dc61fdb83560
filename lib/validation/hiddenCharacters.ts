/**
 * Characters that make text display differently from what it says: C0/C1 control characters (but tab,
 * line feed and carriage return), DEL, and the bidirectional overrides and isolates used to disguise text
 * ("Trojan Source"). PostgreSQL also refuses NUL in text, so letting it through would fail as a 500.
 */
export const hiddenCharacterPattern =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/

export const hiddenCharacterMessage =
  'This contains hidden control characters (for example a text-direction override). Retype it without them.'

export const hasHiddenCharacters = (value: string): boolean => hiddenCharacterPattern.test(value)
