import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * The JavaScript a first visit to a page downloads: every script the served HTML loads from
 * /_next/static, gzipped as a server would send it, in kB.
 */
export const firstLoadJs = async (baseUrl: string, route: string, cookie?: string, distDir = '.next') => {
  const html = await (await fetch(`${baseUrl}${route}`, { headers: cookie ? { Cookie: cookie } : {} })).text()
  const scripts = new Set(
    [...html.matchAll(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1] as string),
  )
  let bytes = 0
  for (const src of scripts) {
    const file = path.join(distDir, 'static', decodeURIComponent(src.slice('/_next/static/'.length)))
    bytes += gzipSync(readFileSync(file), { level: 9 }).length
  }
  return { route, scripts: scripts.size, kilobytes: Math.round(bytes / 102.4) / 10 }
}
