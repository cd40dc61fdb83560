/** A browser's cookies for one site, as far as the server can tell: what answers set, sent back on requests. */
export class CookieJar {
  private readonly cookies = new Map<string, string>()

  /** Keeps what an answer's Set-Cookie lines set; an empty value is a deletion, as in a browser. */
  remember(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';')
      const at = pair.indexOf('=')
      if (at <= 0) continue
      const name = pair.slice(0, at).trim()
      const value = pair.slice(at + 1).trim()
      if (value) this.cookies.set(name, value)
      else this.cookies.delete(name)
    }
  }

  /** The Cookie header to send; empty when there are none. */
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }
}
