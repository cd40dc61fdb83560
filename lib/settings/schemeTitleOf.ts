type Names = { schemeName: string; schemeFullName?: string | null }

/** The scheme's name in full (home page, privacy notice, web app name), or its short name when unset. */
export const schemeTitleOf = (settings: Names): string => settings.schemeFullName || settings.schemeName
