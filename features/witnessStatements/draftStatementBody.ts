import { format } from 'date-fns'
import { formatPounds } from '@/lib/format/formatPounds'
import { inLondon } from '@/lib/time/zones'

/** What the reporter told the scheme, as the draft statement needs it. */
export type StatementFacts = {
  witnessName: string
  businessName: string
  businessAddress: string | null
  spot: string | null
  occurredAt: string
  typeLabel: string
  description: string
  valueLost: number | null
  valueRecovered: number | null
  policeCalled: boolean
  unknownPersonDescription: string | null
}

const sentence = (text: string) => {
  const trimmed = text.trim()
  return /[.!?]["')]?$/.test(trimmed) ? trimmed : `${trimmed}.`
}

/**
 * A first draft of the witness's statement, in the first person, from their report: who they are and where
 * they work, when and where it happened (UK time), what they reported happened, what was lost and
 * recovered, and whether they called the police. Only a start: the witness reads it, corrects it into
 * their own words and signs it.
 */
export const draftStatementBody = (facts: StatementFacts): string => {
  const where = [facts.businessName, facts.businessAddress].filter(Boolean).join(', ')
  const day = format(facts.occurredAt, 'EEEE d MMMM yyyy', { in: inLondon })
  const time = format(facts.occurredAt, 'HH:mm', { in: inLondon })
  const paragraphs = [
    `I am ${facts.witnessName}. I work at ${where}.`,
    `On ${day} at about ${time} I was at work at ${facts.businessName}` +
      `${facts.spot?.trim() ? `, near the ${facts.spot.trim()}` : ''}.`,
    sentence(facts.description),
    `I reported this to the scheme as ${facts.typeLabel.toLowerCase()}.`,
  ]
  if (facts.unknownPersonDescription?.trim())
    paragraphs.push(`The person I did not know looked like this: ${sentence(facts.unknownPersonDescription)}`)
  const loss: string[] = []
  if (facts.valueLost) loss.push(`Goods worth ${formatPounds(facts.valueLost)} were taken.`)
  if (facts.valueRecovered) loss.push(`Goods worth ${formatPounds(facts.valueRecovered)} were recovered.`)
  if (loss.length) paragraphs.push(loss.join(' '))
  paragraphs.push(
    facts.policeCalled ? 'I called the police at the time.' : 'I did not call the police at the time.',
  )
  return paragraphs.join('\n\n')
}
