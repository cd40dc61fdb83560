/** Where to go after signing in: a path inside the admin only (never another site), else the dashboard. */
export const safeAdminPath = (next: unknown): string => {
  const path = typeof next === 'string' ? next : ''
  return /^\/admin(\/[^\\]*)?$/.test(path) && !path.startsWith('//') ? path : '/admin'
}
