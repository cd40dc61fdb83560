import { CookieJar } from '../cookieJar'
import { signInMember } from '../signInMember'

/**
 * One virtual member's browser, as far as the server can tell: a cookie jar, and requests that carry it.
 * Signs in through the real next-auth credentials endpoint (signInMember), as the sign-in form does.
 */
export type Answer = { status: number; body: string; ms: number; location: string | null }

export class MemberSession {
  private readonly jar = new CookieJar()

  constructor(
    private readonly baseUrl: string,
    /** Each member is on their own phone: sign-in limits per address must see different addresses. */
    private readonly address = '10.77.0.1',
    private readonly timeoutMs = 30_000,
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Answer> {
    const started = performance.now()
    const response = await fetch(`${this.baseUrl}${path}`, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: this.jar.header(),
        'x-forwarded-for': this.address,
      },
      signal: AbortSignal.timeout(this.timeoutMs),
    })
    this.jar.remember(response)
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
    const { response, signedIn } = await signInMember(this.baseUrl, email, password, {
      headers: { 'x-forwarded-for': this.address },
      jar: this.jar,
      timeoutMs: this.timeoutMs,
    })
    return {
      status: response.status,
      body: await response.text(),
      ms: performance.now() - started,
      location: response.headers.get('location'),
      ok: response.status === 302 && signedIn,
    }
  }
}
