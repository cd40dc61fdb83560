import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * The JavaScript a first visit to a page downloads: every script the served HTML loads from
 * /_next/static, gzipped as a server would send it, in kB. Scripts marked `noModule` (Next's polyfills for
 * browsers without ES modules, about 39 kB) are left out: every browser that runs modules, i.e. every
 * current phone browser, skips them without downloading, and Next's own "First Load JS" leaves them out too.
 */
export const firstLoadJs = async (baseUrl: string, route: string, cookie?: string, distDir = '.next') => {
  const html = await (await fetch(`${baseUrl}${route}`, { headers: cookie ? { Cookie: cookie } : {} })).text()
  const scripts = new Set(
    [...html.matchAll(/<script([^>]+)>/g)]
      .filter((m) => !/\snoModule/i.test(m[1] ?? ''))
      .map((m) => /src="(\/_next\/static\/[^"]+\.js)"/.exec(m[1] ?? '')?.[1])
      .filter((src): src is string => Boolean(src)),
  )
  let bytes = 0
  for (const src of scripts) {
    const file = path.join(distDir, 'static', decodeURIComponent(src.slice('/_next/static/'.length)))
    bytes += gzipSync(readFileSync(file), { level: 9 }).length
  }
  return { route, scripts: scripts.size, kilobytes: Math.round(bytes / 102.4) / 10 }
}
