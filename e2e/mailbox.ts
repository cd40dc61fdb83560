import { existsSync, readFileSync } from 'node:fs'
import { expect } from '@playwright/test'

type Mail = { to: string[]; subject: string; html: string; text: string }

/** Mail the app sent through the test run's SMTP catcher (see scripts/lib/startMailCatcher.ts). */
const readMailbox = (): Mail[] => {
  const file = process.env.NTARS_TEST_MAILBOX
  if (!file || !existsSync(file)) return []
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Mail)
}

/** Waits for a message to `to` whose subject matches, and returns it. */
export const waitForMail = async (to: string, subject: RegExp): Promise<Mail> => {
  let found: Mail | undefined
  await expect
    .poll(
      () => {
        found = readMailbox().find((mail) => mail.to.includes(to) && subject.test(mail.subject))
        return Boolean(found)
      },
      { timeout: 20_000 },
    )
    .toBe(true)
  return found as Mail
}
