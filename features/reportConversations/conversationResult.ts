/** What asking or answering on a report returns to its form. */
export type ConversationResult = { ok: true; id: number } | { ok: false; error: string }
