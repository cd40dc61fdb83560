import { describe, expect, it } from 'vitest'
import { namesInPlace } from '@/collections/TownAlerts/namesInPlace'

const profile = { firstName: 'Quillon', lastName: 'Marrow-Gate', aliases: ['Lofty', 'Big Tam'] }

describe('namesInPlace (an "in town now" place must not name the person: it shows on lock screens)', () => {
  it('finds a first name, a surname or an alias as whole words, in any case, accent or punctuation', () => {
    expect(namesInPlace('outside the bakery with QUILLON', profile)).toEqual(['quillon'])
    expect(namesInPlace('Marrow Gate at the market', profile)).toEqual(['marrow gate'])
    expect(namesInPlace('lofty by the fountain', profile)).toEqual(['lofty'])
    expect(namesInPlace('big-tam on the high street', profile)).toEqual(['big tam'])
    expect(namesInPlace('Quíllon and Lofty, bus station', profile)).toEqual(['quillon', 'lofty'])
  })

  it('lets an ordinary place through: a word that only contains a name, or one word of a longer name', () => {
    expect(namesInPlace('the bus station', profile)).toEqual([])
    expect(namesInPlace('Loftyhouse Lane', profile)).toEqual([])
    expect(namesInPlace('gate 3 of the car park', profile)).toEqual([])
    expect(namesInPlace('the big car park', profile)).toEqual([])
  })

  it('ignores name parts shorter than three letters and profiles with no names', () => {
    expect(namesInPlace('by the ox and cart', { firstName: 'Ox', lastName: null, aliases: [] })).toEqual([])
    expect(namesInPlace('anywhere at all', {})).toEqual([])
  })
})
