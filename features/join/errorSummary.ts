/**
 * What may be logged about an error without personal data: its class and code. Messages are left out on
 * purpose: database and SMTP errors can quote the values (an email address) they failed on.
 */
export const errorSummary = (error: unknown): { errorName?: string; code?: string; status?: number } => {
  const { name, code, status } = (error ?? {}) as { name?: unknown; code?: unknown; status?: unknown }
  return {
    errorName: typeof name === 'string' ? name : undefined,
    code: typeof code === 'string' || typeof code === 'number' ? String(code) : undefined,
    status: typeof status === 'number' ? status : undefined,
  }
}
