import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'

export const benchPublicDir = 'public/__bench'

/**
 * The baselines for the public pages: each prerendered page's HTML copied as a static file, served by
 * next start (from public/__bench) and by nginx directly (from `savedDir`).
 */
export const copyBaselines = (distDir: string, savedDir: string) => {
  mkdirSync(savedDir, { recursive: true })
  mkdirSync(benchPublicDir, { recursive: true })
  const prerendered = {
    home: path.join(distDir, 'server/app/index.html'),
    campaign: path.join(distDir, 'server/app/campaigns/cops-adopt-a-shop.html'),
  }
  for (const [name, file] of Object.entries(prerendered)) {
    if (!existsSync(file)) throw new Error(`${file} was not prerendered: the public pages must be static`)
    copyFileSync(file, path.join(savedDir, `${name}.html`))
    copyFileSync(file, path.join(benchPublicDir, `${name}.html`))
  }
}
