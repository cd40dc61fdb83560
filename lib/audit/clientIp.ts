/** The caller's address as the first proxy saw it; requests without headers (scripts, jobs) have none. */
export const clientIp = (headers: Headers | undefined): string | undefined => {
  const forwarded = headers?.get('x-forwarded-for')?.split(',')[0]?.trim()
  return forwarded || headers?.get('x-real-ip') || undefined
}
