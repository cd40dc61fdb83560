import { describe, expect, it } from 'vitest'
import { duplicateScore, findLikelyDuplicates } from '@/collections/Offenders/duplicates/duplicateScore'
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
})
