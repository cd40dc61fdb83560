import { describe, expect, it } from 'vitest'
import { initialsOf } from '@/components/admin/initialsOf'

describe('initialsOf', () => {
  it('takes the first and last names’ first letters', () => {
    expect(initialsOf('Ada Admin', 'admin@ntars.test')).toBe('AA')
    expect(initialsOf('  morgan  de la manager ', null)).toBe('MM')
    expect(initialsOf('Éowyn', null)).toBe('É')
  })
  it('falls back to the email’s first letter, then to a question mark', () => {
    expect(initialsOf('', 'eddie@ntars.test')).toBe('E')
    expect(initialsOf(null, null)).toBe('?')
  })
})
