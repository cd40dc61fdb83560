/** Email addresses inside free text (a library quoting a recipient or the value it refused). */
const emails = /[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+\.[a-z]{2,}/gi

/** The text with every email address replaced by `[email]`: a last guard for messages built elsewhere. */
export const maskEmails = (text: string): string => text.replace(emails, '[email]')
