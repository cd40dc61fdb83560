import { describe, expect, it } from 'vitest'
import type { AdoptedShop } from '@/features/campaigns/adoptedShop'
import { groupShopsByStreet } from '@/features/campaigns/groupShopsByStreet'
import { shopMatchesSearch } from '@/features/campaigns/shopMatchesSearch'
import { streetOf } from '@/features/campaigns/streetOf'

const shop = (id: number, name: string, street: string): AdoptedShop => ({
  id,
  name,
  street,
  category: 'retail',
  officer: 'PC Robin',
})

describe('streetOf', () => {
  it('drops the house number, with a letter or a range, and keeps a street with none', () => {
    expect(streetOf('12 Mercer Street')).toBe('Mercer Street')
    expect(streetOf('12a Kiln Lane')).toBe('Kiln Lane')
    expect(streetOf('3-5, Wool Market')).toBe('Wool Market')
    expect(streetOf('Exchange Arcade')).toBe('Exchange Arcade')
    expect(streetOf('')).toBe('')
  })
})

describe('groupShopsByStreet', () => {
  it('puts streets A to Z and shops by name within each, shops with no address last', () => {
    const groups = groupShopsByStreet([
      shop(1, 'Zephyr Books', '4 Kiln Lane'),
      shop(2, 'Amber Café', '9 Mercer Street'),
      shop(3, 'Bramble Bakery', '1 Kiln Lane'),
      shop(4, 'Nowhere Shop', ''),
    ])
    expect(groups.map((group) => [group.street, group.shops.map((item) => item.name)])).toEqual([
      ['Kiln Lane', ['Bramble Bakery', 'Zephyr Books']],
      ['Mercer Street', ['Amber Café']],
      ['Other places', ['Nowhere Shop']],
    ])
  })
})

describe('shopMatchesSearch', () => {
  const kettle = shop(1, 'Copper Kettle Café', '12 Mercer Street')
  it('finds a shop by any part of its name, street, kind or officer, ignoring case and accents', () => {
    expect(shopMatchesSearch(kettle, 'Food and drink', 'kettle')).toBe(true)
    expect(shopMatchesSearch(kettle, 'Food and drink', 'CAFE')).toBe(true)
    expect(shopMatchesSearch(kettle, 'Food and drink', 'mercer')).toBe(true)
    expect(shopMatchesSearch(kettle, 'Food and drink', 'food')).toBe(true)
    expect(shopMatchesSearch(kettle, 'Food and drink', 'robin')).toBe(true)
  })
  it('needs every word typed', () => {
    expect(shopMatchesSearch(kettle, 'Food and drink', 'kettle mercer')).toBe(true)
    expect(shopMatchesSearch(kettle, 'Food and drink', 'kettle kiln')).toBe(false)
  })
})
