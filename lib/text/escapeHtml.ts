/** Text made safe to place inside HTML (emails): the five characters that could open markup or attributes. */
export const escapeHtml = (text: string): string =>
  text.replace(
    /[<>&"']/g,
    (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  )
