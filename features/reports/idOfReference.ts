/**
 * The report id a reference names, under any prefix the scheme has used: `AB-000123`, `qs-123`, `QS 000123`
 * and plain `123` all give 123. The prefix is not checked against the current one on purpose: references
 * printed on evidence packs and in old emails keep working after staff change the prefix
 * (docs/scheme-identity.md). Null when the text is not a reference.
 */
export const idOfReference = (text: string): number | null => {
  const found = /^\s*(?:[A-Za-z0-9]{1,6}[-\s])?0*(\d{1,10})\s*$/.exec(text)
  if (!found?.[1]) return null
  const id = Number(found[1])
  return Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647 ? id : null
}
