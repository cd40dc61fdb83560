/** Runs an operation and says whether Payload allowed it; access refusals (401/403/404) count as denied. */
export const attempt = async (operation: () => Promise<unknown>): Promise<'allowed' | 'denied'> => {
  try {
    await operation()
    return 'allowed'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 401 || status === 403 || status === 404) return 'denied'
    throw error
  }
}
