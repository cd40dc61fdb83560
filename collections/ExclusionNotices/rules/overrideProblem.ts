/**
 * Staff may choose a different stage from the one the rules suggest, but must say why: the message when
 * they have not, or null when the decision stands as it is.
 */
export const overrideProblem = (
  chosen: string | null | undefined,
  suggested: string | null | undefined,
  reason: string | null | undefined,
): string | null => {
  if (!suggested || chosen === suggested || reason?.trim()) return null
  const names: Record<string, string> = {
    none: 'no notice',
    warning: 'a yellow warning',
    exclusion: 'a red exclusion',
  }
  return `The rules suggest ${names[suggested] ?? suggested}, not ${names[chosen ?? ''] ?? chosen}: give the reason for your choice in "Override reason".`
}
