import { describe, expect, it } from 'vitest'
import {
  duplicateScore,
  duplicateThreshold,
  findLikelyDuplicates,
  likenessOf,
} from '@/collections/Offenders/duplicates/duplicateScore'
import { photoLikeness } from '@/collections/Offenders/duplicates/photoLikeness'
import { trigramSimilarity } from '@/collections/Offenders/duplicates/trigramSimilarity'

const known = { id: 1, firstName: 'Jory', lastName: 'Kettleby', aliases: [{ alias: 'Magpie' }] }

describe('duplicate matcher', () => {
  it('scores identical names 1 and unrelated names low', () => {
    expect(trigramSimilarity('jory kettleby', 'jory kettleby')).toBe(1)
    expect(trigramSimilarity('jory kettleby', 'wren saltmarsh')).toBeLessThan(0.2)
  })

  it('flags a misspelt name, a shortened first name and a known alias', () => {
    expect(duplicateScore(known, { id: 2, firstName: 'Jorey', lastName: 'Ketleby' })).toBeGreaterThanOrEqual(
      0.5,
    )
    expect(duplicateScore(known, { id: 3, firstName: 'J', lastName: 'Kettleby' })).toBeGreaterThanOrEqual(0.5)
    expect(duplicateScore(known, { id: 4, aliases: [{ alias: 'magpie' }] })).toBe(1)
    expect(
      duplicateScore(known, { id: 5, firstName: 'Jory', lastName: 'Kettleby-Smith' }),
    ).toBeGreaterThanOrEqual(0.5)
  })

  it('does not flag different people', () => {
    expect(duplicateScore(known, { id: 6, firstName: 'Wren', lastName: 'Saltmarsh' })).toBeLessThan(0.5)
    expect(duplicateScore(known, { id: 7, firstName: 'Jory', lastName: 'Pellow' })).toBeLessThan(0.5)
  })

  it('matches unnamed entries on a distinctive shared description', () => {
    const a = {
      id: 8,
      appearance: {
        distinguishingFeatures: 'Spider web tattoo on neck, gold tooth',
        usualClothing: 'green parka',
      },
    }
    const b = {
      id: 9,
      appearance: {
        distinguishingFeatures: 'gold tooth; spider web tattoo on his neck',
        usualClothing: 'green parka',
      },
    }
    const c = {
      id: 10,
      appearance: { distinguishingFeatures: 'Scar over left eyebrow', usualClothing: 'grey hoodie' },
    }
    expect(duplicateScore(a, b)).toBeGreaterThanOrEqual(0.5)
    expect(duplicateScore(a, c)).toBeLessThan(0.5)
  })

  it('lists the likeliest first and never the profile itself', () => {
    const matches = findLikelyDuplicates(known, [
      known,
      { id: 2, firstName: 'Jorey', lastName: 'Ketleby' },
      { id: 4, aliases: [{ alias: 'Magpie' }] },
      { id: 6, firstName: 'Wren', lastName: 'Saltmarsh' },
    ])
    expect(matches.map((match) => match.id)).toEqual([4, 2])
  })

  it('never matches unnamed entries on their placeholder or empty names', () => {
    const unnamed = { id: 11, firstName: '', lastName: null }
    const placeholder = { id: 12, aliases: [{ alias: 'Unidentified person' }] }
    const alsoPlaceholder = { id: 13, firstName: 'Unidentified', lastName: 'Person' }
    expect(duplicateScore(unnamed, { id: 14 })).toBe(0)
    expect(duplicateScore(placeholder, alsoPlaceholder)).toBe(0)
    expect(findLikelyDuplicates(unnamed, [placeholder, alsoPlaceholder, { id: 15 }])).toEqual([])
  })

  it('does not flag people who only share common clothing, hair and build', () => {
    const a = {
      id: 16,
      appearance: { usualClothing: 'grey hoodie and joggers', hair: 'short dark', build: 'medium' },
    }
    const b = {
      id: 17,
      appearance: { usualClothing: 'grey hoodie and joggers', hair: 'short dark', build: 'slim' },
    }
    expect(likenessOf(a, b).description).toBeGreaterThan(0)
    expect(duplicateScore(a, b)).toBeLessThan(duplicateThreshold)
  })

  it('flags unnamed entries whose photos are near-identical, and says the photo is why', () => {
    const a = { id: 18, photoHashes: ['f0e1d2c3b4a59687'] }
    const b = { id: 19, photoHashes: ['3c3c3c3c3c3c3c3c', 'f0e1d2c3b4a59686'] }
    const c = { id: 20, photoHashes: ['0f1e2d3c4b5a6978'] }
    const match = likenessOf(a, b)
    expect(match.photo).toBe(1)
    expect(match.name).toBe(0)
    expect(match.score).toBeGreaterThanOrEqual(duplicateThreshold)
    expect(duplicateScore(a, c)).toBe(0)
  })

  it('lets a similar photo and a similar description together reach the threshold', () => {
    const clothes = { usualClothing: 'green parka', hair: 'ginger', build: 'heavy' }
    const a = { id: 21, appearance: clothes, photoHashes: ['f0e1d2c3b4a59687'] }
    // 10 bits apart: a weak photo likeness, not enough on its own.
    const b = { id: 22, appearance: clothes, photoHashes: ['f0e1d2c3b4a59578'] }
    expect(photoLikeness(a.photoHashes, b.photoHashes)).toBeCloseTo(0.4)
    expect(duplicateScore(a, { ...b, appearance: null })).toBeLessThan(duplicateThreshold)
    expect(duplicateScore({ ...a, photoHashes: null }, b)).toBeLessThan(duplicateThreshold)
    expect(duplicateScore(a, b)).toBeGreaterThanOrEqual(duplicateThreshold)
  })
})

describe('photo likeness', () => {
  const hash = 'f0e1d2c3b4a59687'

  it('scores the closest pair of photos: 1 for the same picture, falling to 0 for unrelated ones', () => {
    expect(photoLikeness([hash], ['f0e1d2c3b4a59688'])).toBe(1) // 4 bits apart
    expect(photoLikeness([hash], ['f0e1d2c3b4a59978'])).toBeCloseTo(0.2) // 12 bits
    expect(photoLikeness([hash], ['f0e1d2c3b4a56978'])).toBe(0) // 16 bits
    expect(photoLikeness(['0f1e2d3c4b5a6978', hash], ['f0e1d2c3b4a59688'])).toBe(1)
  })

  it('scores nothing without photos, with malformed hashes, or for near-blank images', () => {
    expect(photoLikeness([], [hash])).toBe(0)
    expect(photoLikeness(null, [hash])).toBe(0)
    expect(photoLikeness(['not a hash'], [hash])).toBe(0)
    // Two black frames hash alike but show nothing: they are no evidence of the same person.
    expect(photoLikeness(['0000000000000000'], ['0000000000000000'])).toBe(0)
    expect(photoLikeness(['ffffffffffffffff'], ['fffffffffffffffe'])).toBe(0)
  })
})
