/**
 * The pure parts of the scheme's identity: colours always readable, prefix and colour validation,
 * references under any prefix, the favicon file's layout, the email sender's name and the admin title.
 */
import sharp from 'sharp'
import { describe, expect, it, vi } from 'vitest'
import { idOfReference } from '@/features/reports/idOfReference'
import { referenceOf } from '@/features/reports/referenceOf'
import { adminMetadataOf, adminTitleSuffix } from '@/features/schemeIdentity/adminMetadataOf'
import { webManifestOf } from '@/features/schemeIdentity/webManifestOf'
import { brandColoursOf, defaultBrandColour, readableContrast } from '@/lib/brand/brandColoursOf'
import { brandStyleOf } from '@/lib/brand/brandStyleOf'
import { contrastRatio } from '@/lib/brand/contrastRatio'
import { isHexColour } from '@/lib/brand/isHexColour'
import { isReferencePrefix } from '@/lib/brand/isReferencePrefix'
import { withSchemeSender } from '@/lib/email/withSchemeSender'
import { icoFromPngs } from '@/lib/images/icoFromPngs'
import type { SchemeSettingsRead } from '@/lib/settings/readSchemeSettings'
import { fileSlugOf } from '@/lib/text/fileSlugOf'

describe('brand colours', () => {
  // A spread of hues and lightnesses, the mid-greys included (the hardest case for black or white text).
  const samples = [
    '#000000',
    '#ffffff',
    '#777777',
    '#808080',
    '#ffcc33',
    '#2ab3a6',
    '#0b3d5c',
    '#ff0000',
    '#00ff00',
    '#0000ff',
    '#f5f5dc',
    '#3fa9f5',
  ]

  it.each(samples)('%s gets text on it and brand text on white that both reach WCAG AA', (colour) => {
    const colours = brandColoursOf(colour)
    expect(contrastRatio(colours.brand, colours.onBrand)).toBeGreaterThanOrEqual(readableContrast)
    expect(contrastRatio(colours.brandInk, '#ffffff')).toBeGreaterThanOrEqual(readableContrast)
    expect(contrastRatio(colours.brandDark, colours.onBrand)).toBeGreaterThanOrEqual(readableContrast)
  })

  it('puts black text on a light colour and white on a dark one', () => {
    expect(brandColoursOf('#ffcc33').onBrand).toBe('#000000')
    expect(brandColoursOf('#0b3d5c').onBrand).toBe('#ffffff')
  })

  it('keeps a readable brand colour as it is for text, and falls back to the default for anything else', () => {
    expect(brandColoursOf('#0B3D5C').brandInk).toBe('#0b3d5c')
    expect(brandColoursOf('red; } body { display: none').brand).toBe(defaultBrandColour)
    expect(brandStyleOf('</style><script>')).not.toMatch(/<|script/)
  })

  it('knows the contrast of black on white', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21)
  })
})

describe('settings validation', () => {
  it('takes # and six hex digits as a colour, nothing else', () => {
    expect(['#0b3d5c', '#FFCC33'].every(isHexColour)).toBe(true)
    expect(['0b3d5c', '#fff', '#0b3d5g', 'red', '#0b3d5c;', null].some(isHexColour)).toBe(false)
  })

  it('takes 1 to 6 capital letters or digits as a reference prefix', () => {
    expect(['N', 'NT', 'QS', 'BCRP1', 'ABCDEF'].every(isReferencePrefix)).toBe(true)
    expect(['', 'nt', 'ABCDEFG', 'N-T', 'NT ', 'ÉT'].some(isReferencePrefix)).toBe(false)
  })
})

describe('report references', () => {
  it('print the prefix and the padded id', () => {
    expect(referenceOf(123, 'QS')).toBe('QS-000123')
    expect(referenceOf(1234567, 'NT')).toBe('NT-1234567')
  })

  it('resolve under the current prefix, an earlier one, or none', () => {
    for (const text of ['QS-000123', 'NT-000123', 'nt-123', 'AB12 000123', '000123', ' 123 '])
      expect(idOfReference(text), text).toBe(123)
  })

  it('refuse what is not a reference', () => {
    for (const text of ['', 'QS-', 'QS-0', 'TOOLONG-000123', 'QS-12a', '99999999999', 'QS--1'])
      expect(idOfReference(text), text).toBeNull()
  })
})

describe('favicon file', () => {
  it('is an ICO whose entries point at the PNGs, each readable', async () => {
    const pngs = await Promise.all(
      [16, 32, 256].map(async (size) => ({
        size,
        png: await sharp({ create: { width: size, height: size, channels: 4, background: '#2ab3a6' } })
          .png()
          .toBuffer(),
      })),
    )
    const ico = icoFromPngs(pngs)
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 3])
    for (const [index, { size, png }] of pngs.entries()) {
      const entry = 6 + 16 * index
      expect(ico.readUInt8(entry)).toBe(size === 256 ? 0 : size)
      const length = ico.readUInt32LE(entry + 8)
      const offset = ico.readUInt32LE(entry + 12)
      expect(length).toBe(png.length)
      expect((await sharp(ico.subarray(offset, offset + length)).metadata()).width).toBe(size)
    }
  })

  it('refuses an image larger than an ICO can describe', () => {
    expect(() => icoFromPngs([{ size: 512, png: new Uint8Array(1) }])).toThrow(/1 to 256/)
  })
})

const settings = (overrides: Partial<SchemeSettingsRead> = {}) =>
  ({
    schemeName: 'QuaySafe',
    schemeFullName: 'Quay Safe Business Partnership',
    townName: 'Saltmarsh Quay',
    brandColour: '#2ab3a6',
    ...overrides,
  }) as SchemeSettingsRead

describe('email sender', () => {
  const send = vi.fn(async (_message: unknown) => 'sent')
  const inner = () => ({
    name: 'test',
    defaultFromAddress: 'no-reply@example.test',
    defaultFromName: '',
    sendEmail: send,
  })
  const payload = { findGlobal: vi.fn(async () => settings()) } as never

  it('names the scheme as the sender of every email without a sender of its own', async () => {
    const adapter = withSchemeSender(undefined)(inner)({ payload })
    await adapter.sendEmail({ to: 'a@example.test', subject: 's' })
    await adapter.sendEmail({ to: 'a@example.test', subject: 's', from: '"" <no-reply@example.test>' })
    await adapter.sendEmail({ to: 'a@example.test', subject: 's', from: 'Someone <x@example.test>' })
    expect(send.mock.calls.map(([message]) => (message as { from?: string }).from)).toEqual([
      '"QuaySafe" <no-reply@example.test>',
      '"QuaySafe" <no-reply@example.test>',
      'Someone <x@example.test>',
    ])
  })

  it('keeps SMTP_FROM_NAME when it is set', () => {
    const fixed = inner()
    expect(withSchemeSender('Fixed')(() => fixed)({ payload })).toBe(fixed)
  })
})

describe('admin title, manifest and file names', () => {
  it('turn the neutral admin suffix into the scheme’s', () => {
    const metadata = adminMetadataOf({ title: `Dashboard ${adminTitleSuffix}` }, settings())
    expect(metadata.title).toBe('Dashboard · QuaySafe admin')
    expect(metadata.manifest).toMatch(/^\/site\.webmanifest\?v=/)
  })

  it('name and colour the web app from the settings', () => {
    expect(webManifestOf(settings(), 'v1')).toMatchObject({
      name: 'Quay Safe Business Partnership',
      short_name: 'QuaySafe',
      theme_color: '#2ab3a6',
      icons: [
        { src: '/icons/icon-192.png?v=v1' },
        { src: '/icons/icon-512.png?v=v1' },
        { src: '/icons/icon-maskable-512.png?v=v1', purpose: 'maskable' },
      ],
    })
  })

  it('make an installable app that opens on the report form (docs/offline-app.md)', () => {
    expect(webManifestOf(settings(), 'v1')).toMatchObject({
      display: 'standalone',
      start_url: '/report',
      scope: '/',
    })
  })

  it('start download names with the short name', () => {
    expect(fileSlugOf('QuaySafe')).toBe('quaysafe')
    expect(fileSlugOf('***')).toBe('scheme')
  })
})
