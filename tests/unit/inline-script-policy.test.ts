/**
 * The hash policy prerendered pages carry (lib/security/inlineScriptPolicy.mjs): every inline script and
 * nothing else, hashed exactly as a browser hashes it.
 */
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { inlineScriptHashes, inlineScriptPolicy } from '@/lib/security/inlineScriptPolicy.mjs'

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

describe('inlineScriptHashes', () => {
  it('hashes each inline script’s text exactly, including non-ASCII and entities left as written', () => {
    const first = '(self.__next_f=self.__next_f||[]).push([0])'
    const second = 'self.__next_f.push([1,"Café &amp; \\u003c/script\\u003e"])'
    const html = `<html><head><script>${first}</script></head><body><script id="x">${second}</script></body></html>`
    expect(inlineScriptHashes(html)).toEqual([sha256(first), sha256(second)])
  })

  it('skips scripts loaded from a file, whatever the attribute order', () => {
    const html =
      '<script src="/_next/static/chunks/a.js" async=""></script><script async="" src="/b.js"></script>' +
      '<script noModule="">x()</script>'
    expect(inlineScriptHashes(html)).toEqual([sha256('x()')])
  })

  it('lists a script repeated on the page once', () => {
    expect(inlineScriptHashes('<script>a()</script><p>.</p><script>a()</script>')).toEqual([sha256('a()')])
  })

  it('does not take a data-src attribute or text mentioning src= for a file script', () => {
    expect(inlineScriptHashes('<script data-src-x="1">b()</script>')).toEqual([sha256('b()')])
    expect(inlineScriptHashes('<script>var src = 1</script>')).toEqual([sha256('var src = 1')])
  })
})

describe('inlineScriptPolicy', () => {
  it('allows this site’s files and exactly these inline scripts, never any inline script', () => {
    const policy = inlineScriptPolicy('<script>a()</script><script src="/c.js"></script>')
    expect(policy).toBe(`script-src 'self' ${sha256('a()')}; object-src 'none'; base-uri 'self'`)
    expect(policy).not.toContain('unsafe-inline')
  })

  it('allows only files when the page has no inline script', () => {
    expect(inlineScriptPolicy('<p>no scripts</p>')).toBe(
      "script-src 'self'; object-src 'none'; base-uri 'self'",
    )
  })
})
