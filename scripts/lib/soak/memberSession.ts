/**
 * One virtual member's browser, as far as the server can tell: a cookie jar, and requests that carry it.
 * Signs in through the real next-auth credentials endpoint (CSRF token, then the callback), as the sign-in
 * form's server action does on the member's behalf.
 */
export type Answer = { status: number; body: string; ms: number; location: string | null }

export class MemberSession {
  private readonly cookies = new Map<string, string>()

  constructor(
    private readonly baseUrl: string,
    /** Each member is on their own phone: sign-in limits per address must see different addresses. */
    private readonly address = '10.77.0.1',
    private readonly timeoutMs = 30_000,
  ) {}

  private remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';')
      const at = pair.indexOf('=')
      if (at > 0) this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim())
    }
  }

  private cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }

  async request(path: string, init: RequestInit = {}): Promise<Answer> {
    const started = performance.now()
    const response = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: this.cookieHeader(),
        'x-forwarded-for': this.address,
      },
      signal: AbortSignal.timeout(this.timeoutMs),
    })
    this.remember(response)
    const body = await response.text()
    return {
      status: response.status,
      body,
      ms: performance.now() - started,
      location: response.headers.get('location'),
    }
  }

  /** True when the credentials callback answered with a session cookie and no error redirect. */
  async signIn(email: string, password: string): Promise<Answer & { ok: boolean }> {
    const started = performance.now()
    const csrf = await this.request('/api/auth/csrf')
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string }
    const answer = await this.request('/api/auth/callback/credentials', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email, password, csrfToken, callbackUrl: '/members' }),
    })
    const ok =
      answer.status === 302 && [...this.cookies.keys()].some((name) => name.includes('session-token'))
    return { ...answer, ok, ms: performance.now() - started }
  }
}
