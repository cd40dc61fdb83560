import { appendFileSync } from 'node:fs'
import path from 'node:path'
import smtpTester from 'smtp-tester'

/**
 * A real SMTP server on loopback for the test run: the app sends to it as it would to any mail server, and
 * every message is appended to `mail.jsonl` in `dir`, where the browser tests read invites and links.
 */
export const startMailCatcher = (dir: string, port: number) => {
  const server = smtpTester.init(port)
  const file = path.join(dir, 'mail.jsonl')
  server.bind((_recipient, _id, email) => {
    const entry = {
      to: Object.keys(email.receivers),
      subject: String(email.headers.subject ?? ''),
      html: email.html || '',
      text: email.body ?? '',
    }
    appendFileSync(file, `${JSON.stringify(entry)}\n`)
  })
  return { file, stop: () => new Promise<void>((resolve) => server.stop(() => resolve())) }
}
