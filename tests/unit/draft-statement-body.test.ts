import { describe, expect, it } from 'vitest'
import { draftStatementBody, type StatementFacts } from '@/features/witnessStatements/draftStatementBody'

const facts: StatementFacts = {
  witnessName: 'Ada Example',
  businessName: 'Copper Kettle Café',
  businessAddress: '1 High Street, QS1 1AA',
  spot: 'front door',
  // 14:05 in London in summer time (BST): the draft speaks UK time, not the server's.
  occurredAt: '2026-07-02T13:05:00.000Z',
  typeLabel: 'Theft',
  description: 'A man took two jars of coffee from the shelf and left without paying',
  valueLost: 24.5,
  valueRecovered: null,
  policeCalled: true,
  unknownPersonDescription: null,
}

describe('draftStatementBody', () => {
  it('drafts in the first person: who, where, when in UK time, what happened, loss and police', () => {
    const body = draftStatementBody(facts)
    expect(body.split('\n\n')).toEqual([
      'I am Ada Example. I work at Copper Kettle Café, 1 High Street, QS1 1AA.',
      'On Thursday 2 July 2026 at about 14:05 I was at work at Copper Kettle Café, near the front door.',
      'A man took two jars of coffee from the shelf and left without paying.',
      'I reported this to the scheme as theft.',
      'Goods worth £24.50 were taken.',
      'I called the police at the time.',
    ])
  })

  it('leaves out what the report does not say, and keeps a sentence the reporter ended', () => {
    const body = draftStatementBody({
      ...facts,
      businessAddress: null,
      spot: '  ',
      description: 'Shouting at staff!',
      valueLost: null,
      policeCalled: false,
      occurredAt: '2026-01-15T09:30:00.000Z',
    })
    expect(body).toContain('I work at Copper Kettle Café.')
    expect(body).toContain('On Thursday 15 January 2026 at about 09:30 I was at work at Copper Kettle Café.')
    expect(body).toContain('\n\nShouting at staff!\n\n')
    expect(body).not.toContain('Goods worth')
    expect(body).toContain('I did not call the police at the time.')
  })

  it('describes an unknown person and what was recovered', () => {
    const body = draftStatementBody({
      ...facts,
      valueRecovered: 10,
      unknownPersonDescription: 'Tall, grey hoodie',
    })
    expect(body).toContain('The person I did not know looked like this: Tall, grey hoodie.')
    expect(body).toContain('Goods worth £24.50 were taken. Goods worth £10.00 were recovered.')
  })
})
