import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { median } from './percentile'

/** Lighthouse sometimes fails to record a page load (NO_NAVSTART); such a run is tried again. */
const attemptsPerRun = 3

/**
 * Lighthouse 12.2.3 (the last to run on Node 20) with Debian's chromium, mobile (its default form factor
 * and throttling): performance and accessibility, median of three runs. A run that fails three times is
 * left out rather than losing the whole benchmark; with no run at all the scores are NaN (shown as "–").
 */
export const lighthouse = (url: string, cookie?: string, runs = 3) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ntars-lighthouse-'))
  const performance: number[] = []
  const accessibility: number[] = []
  for (let run = 0; run < runs; run++) {
    const output = path.join(dir, `run-${run}.json`)
    const args = [
      '-y',
      'lighthouse@12.2.3',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      '--only-categories=performance,accessibility',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ]
    if (cookie) args.push(`--extra-headers=${JSON.stringify({ Cookie: cookie })}`)
    if (!runLighthouse(args)) continue
    const report = JSON.parse(readFileSync(output, 'utf8')) as {
      categories: Record<string, { score: number | null }>
    }
    performance.push(Math.round((report.categories.performance?.score ?? 0) * 100))
    accessibility.push(Math.round((report.categories.accessibility?.score ?? 0) * 100))
  }
  return { url, performance: median(performance), accessibility: median(accessibility) }
}

const runLighthouse = (args: string[]): boolean => {
  for (let attempt = 1; attempt <= attemptsPerRun; attempt++) {
    try {
      execFileSync('npx', args, {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
        timeout: 180_000,
      })
      return true
    } catch (error) {
      // Not the error's message: it repeats the command line, session cookie included.
      console.warn(
        `[bench] Lighthouse attempt ${attempt} failed (exit ${(error as { status?: number }).status})`,
      )
    }
  }
  return false
}
