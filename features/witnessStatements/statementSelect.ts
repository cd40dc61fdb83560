import type { Config } from '@/payload-types'

/** A statement as the members' pages show it. Field access still decides what each reader gets back. */
export const statementSelect = {
  incident: true,
  status: true,
  requestNote: true,
  witnessName: true,
  occupation: true,
  over18: true,
  body: true,
  signedAt: true,
  signedDocument: true,
  createdAt: true,
} as const satisfies Config['collectionsSelect']['witness-statements']
