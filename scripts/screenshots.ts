/**
 * `npm run screenshots`: signs in as each kind of account and captures every page of a RUNNING app —
 * public and members' pages as a phone sees them (390×844, whole page), the admin at 1280×800 — into the
 * git-ignored `screenshots/` folder, and runs axe on each (in the admin, on NTARS's own markup: see
 * lib/screenshots/capture.ts). Exits non-zero when any page has a serious or critical accessibility
 * violation, or could not be captured, and lists them.
 *
 *   SCREENSHOTS_URL   the app (default NTARS_TEST_URL, else http://127.0.0.1:3210)
 *   DATABASE_URL, PAYLOAD_SECRET   the app's own: staff sign-in enrols a known second factor (e2e/helpers.ts)
 *   --only=<text>     only pages whose file name contains the text, e.g. --only=admin-dashboard
 */
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { type Browser, chromium } from '@playwright/test'
import { signIn, signInAsStaff } from '../e2e/helpers'
import { type AxeProblem, capturePage } from './lib/screenshots/capture'
import { type ShotPage, type ShotRole, shotRoles, viewports } from './lib/screenshots/pages'

const baseURL = process.env.SCREENSHOTS_URL || process.env.NTARS_TEST_URL || 'http://127.0.0.1:3210'
const outDir = path.resolve('screenshots')
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length)

type Outcome = { file: string; problems: AxeProblem[]; error?: string }

const fileOf = (role: ShotRole, page: ShotPage) => `${role.viewport}-${role.name}-${page.name}`

const captureRole = async (browser: Browser, role: ShotRole): Promise<Outcome[]> => {
  const pages = role.pages.filter((page) => !only || fileOf(role, page).includes(only))
  if (!pages.length) return []
  const viewport = viewports[role.viewport]
  const context = await browser.newContext({
    baseURL,
    viewport: { width: viewport.width, height: viewport.height },
    deviceScaleFactor: 1,
    isMobile: role.viewport === 'phone',
    hasTouch: role.viewport === 'phone',
  })
  const tab = await context.newPage()
  // A development server compiles each route on its first visit, which can take a minute.
  tab.setDefaultNavigationTimeout(120_000)
  const outcomes: Outcome[] = []
  try {
    try {
      if (role.signIn?.kind === 'member') {
        await signIn(tab, role.signIn.email)
        await tab.waitForURL(/\/members$/)
      }
      if (role.signIn?.kind === 'staff') {
        // The sign-in's own wait is short; a first visit compiles the admin in development.
        await context.request.get('/admin', { timeout: 180_000 })
        // Its own URL check gives up after 5 s outside Playwright Test; a development server may be slower.
        await signInAsStaff(tab, role.signIn.email).catch(() => tab.waitForURL(/\/admin\/?$/))
      }
    } catch (error) {
      const message = `could not sign in as ${role.signIn?.email}: ${(error as Error).message.split('\n')[0]}`
      console.log(`✗ ${role.name}: ${message}`)
      return pages.map((page) => ({ file: fileOf(role, page), problems: [], error: message }))
    }
    for (const page of pages) {
      const file = fileOf(role, page)
      try {
        await tab.emulateMedia({ colorScheme: page.colorScheme ?? 'light' })
        await tab.goto(page.path)
        if (page.follow) {
          const pattern = page.follow
          const href = await tab.$$eval(
            'a[href]',
            (links, source) =>
              links
                .map((link) => link.getAttribute('href') ?? '')
                .find((value) => new RegExp(source).test(value)) ?? null,
            pattern.source,
          )
          const target = href ?? page.fallback
          if (!target) throw new Error(`no link matching ${pattern} on ${page.path}`)
          await tab.goto(target)
        }
        if (page.waitForText) await tab.getByText(page.waitForText).first().waitFor()
        await page.prepare?.(tab)
        const problems = await capturePage(tab, path.join(outDir, `${file}.png`), {
          fullPage: viewport.fullPage,
          ownMarkupOnly: role.viewport === 'desktop',
        })
        outcomes.push({ file, problems })
        console.log(`${problems.length ? '✗' : '✓'} ${file}`)
      } catch (error) {
        outcomes.push({ file, problems: [], error: (error as Error).message.split('\n')[0] })
        console.log(`✗ ${file}: ${(error as Error).message.split('\n')[0]}`)
      }
    }
  } finally {
    await context.close()
  }
  return outcomes
}

mkdirSync(outDir, { recursive: true })
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
})
const outcomes: Outcome[] = []
try {
  for (const role of shotRoles) outcomes.push(...(await captureRole(browser, role)))
} finally {
  await browser.close()
}

const failed = outcomes.filter((outcome) => outcome.error || outcome.problems.length)
console.log(`\n${outcomes.length} pages captured into ${path.relative(process.cwd(), outDir)}/`)
for (const outcome of failed) {
  console.log(`\n${outcome.file}`)
  if (outcome.error) console.log(`  could not capture: ${outcome.error}`)
  for (const problem of outcome.problems) {
    console.log(`  ${problem.impact} ${problem.id}: ${problem.help}`)
    for (const target of problem.targets.slice(0, 5)) console.log(`    ${target}`)
    if (problem.targets.length > 5) console.log(`    …and ${problem.targets.length - 5} more`)
  }
}
if (failed.length) {
  console.error(`\n${failed.length} of ${outcomes.length} pages failed.`)
  process.exit(1)
}
