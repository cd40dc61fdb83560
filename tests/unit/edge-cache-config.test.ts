import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { purgeEdgeCache } from '@/lib/revalidate/purgeEdgeCache'
import { renderNginxConfig } from '@/scripts/lib/nginx/renderNginxConfig'

describe('purgeEdgeCache', () => {
  it('empties the nginx cache directory and keeps the directory itself', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ntars-edge-'))
    mkdirSync(path.join(dir, 'a', 'bc'), { recursive: true })
    writeFileSync(path.join(dir, 'a', 'bc', 'f00dabc'), 'KEY: /news')
    expect(purgeEdgeCache(dir)).toBe(1)
    expect(readdirSync(dir)).toEqual([])
  })

  it('does nothing without a cache directory', () => {
    expect(purgeEdgeCache(undefined)).toBe(0)
    expect(purgeEdgeCache(path.join(os.tmpdir(), 'ntars-no-such-cache'))).toBe(0)
  })
})

describe('deploy/nginx.conf', () => {
  const config = renderNginxConfig({ listenPort: 1, upstreamPort: 2, cacheDir: '/c', workDir: '/w' })

  it('caches only public pages and bypasses any request with a cookie or Authorization', () => {
    const cached = config.split('location ').filter((block) => block.includes('proxy_cache ntars_public'))
    const publicBlock = cached.find((block) => block.includes('campaigns')) ?? ''
    expect(publicBlock).toContain('proxy_cache_bypass $ntars_has_cookie $http_authorization')
    expect(publicBlock).toContain('proxy_no_cache $ntars_has_cookie $http_authorization')
    expect(publicBlock).not.toMatch(/offenders|reports|admin|api|staff/)
    // Freshness comes from the app's Cache-Control, never a blanket validity on pages.
    expect(publicBlock).not.toContain('proxy_cache_valid')
    expect(publicBlock).not.toContain('proxy_ignore_headers')
  })

  it('runs the production file with only ports and paths changed', () => {
    expect(config).toContain('listen 127.0.0.1:1;')
    expect(config).toContain('server 127.0.0.1:2;')
    expect(config).toContain('proxy_cache_path /c ')
    expect(config).toContain('pid /w/nginx.pid;')
  })
})

describe('deploy/nginx.conf for several app servers', () => {
  it('becomes an upstream of all of them, each skipped for a while once it refuses connections', () => {
    const config = renderNginxConfig({
      listenPort: 1,
      upstreamPort: 2,
      upstreamPorts: [2, 3, 4],
      cacheDir: '/c',
      workDir: '/w',
    })
    const upstream = /upstream ntars_app \{([^}]*)\}/.exec(config)?.[1] ?? ''
    for (const port of [2, 3, 4])
      expect(upstream).toContain(`server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`)
    expect(upstream).toContain('keepalive 64;')
  })
})
