/** Whether an update writes what signs an account in: its email (where reset links go) or its password. */
export const changesSignInDetails = (data: unknown): boolean => {
  if (!data || typeof data !== 'object') return false
  const { email, password } = data as { email?: unknown; password?: unknown }
  return email !== undefined || password !== undefined
}
