import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

export type AxeProblem = { id: string; impact: string; help: string; targets: string[] }

/**
 * Scrolls the page to its end a screen at a time, then waits for every image to finish. A full-page
 * capture draws the whole page without scrolling, so images that load lazily (as a phone should) would
 * otherwise be captured as empty boxes.
 */
const loadLazyImages = async (page: Page) => {
  await page.evaluate(async () => {
    const step = Math.max(200, window.innerHeight - 100)
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y)
      await new Promise((resolve) => setTimeout(resolve, 60))
    }
    window.scrollTo(0, 0)
  })
  await page.waitForFunction(() => Array.from(document.images).every((image) => image.complete), null, {
    timeout: 20_000,
  })
}

/**
 * In the admin, NTARS's own markup: every element with an `ntars-` class (custom views' gutter, the
 * dashboard, charts, the avatar). Payload's own components have known axe findings of their own (react-select
 * inputs without labels, icon buttons without names) that NTARS cannot fix, so only ours fail the run.
 */
const ownAdminMarkup = '[class*="ntars-"]'

/**
 * Captures the open page to `file` and returns its serious and critical accessibility violations: the whole
 * page, or with `ownMarkupOnly` (the admin) only NTARS's own parts of it.
 */
export const capturePage = async (
  page: Page,
  file: string,
  { fullPage, ownMarkupOnly }: { fullPage: boolean; ownMarkupOnly: boolean },
): Promise<AxeProblem[]> => {
  await page.waitForLoadState('networkidle').catch(() => undefined)
  if (fullPage) await loadLazyImages(page)
  // The admin's list cells fetch related records' titles after the page has loaded.
  await page
    .waitForFunction(() => !document.body.textContent?.includes('Loading...'), null, { timeout: 15_000 })
    .catch(() => undefined)
  // Fonts and the last layout shift settle before the capture.
  await page.evaluate(() => document.fonts.ready)
  await page.screenshot({ path: file, fullPage, animations: 'disabled' })
  const axe = new AxeBuilder({ page })
  if (ownMarkupOnly) {
    if ((await page.locator(ownAdminMarkup).count()) === 0) return []
    axe.include(ownAdminMarkup)
  }
  const results = await axe.analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }))
}
