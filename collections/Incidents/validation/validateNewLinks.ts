import { type PayloadRequest, type RelationshipFieldValidation, validations } from 'payload'
import { relationId } from '@/access/relationId'
import { relationIds } from '@/access/relationIds'
import { relationKey } from '@/access/relationKey'

/** Ids the caller may link without reading them (a member's own proposal). */
type Exempt = (ids: number[], req: PayloadRequest) => Promise<number[]>

/** One linked record, numbered or keyed (vocabulary), populated or not, as a comparable string. */
const refOf = (entry: unknown): string => String(relationId(entry) ?? relationKey(entry))

/**
 * Payload's own relationship check for a field members write: with `filterOptions` it re-reads the linked
 * ids with the caller's access and refuses any they may not link. Only the ids this write adds are re-read:
 * Payload fills an update's missing fields from the stored document, and police adding a crime number must
 * not be refused for a person staff linked earlier whom police may not read. A refusal says `message`,
 * the same whatever the hidden record is (or whether it exists).
 */
export const validateNewLinks =
  (message: string, exempt?: Exempt): RelationshipFieldValidation =>
  async (value, options) => {
    const shape = await validations.relationship(value, { ...options, filterOptions: undefined })
    if (shape !== true) return shape
    const previous = options.previousValue
    const before = new Set((Array.isArray(previous) ? previous : [previous]).filter(Boolean).map(refOf))
    const values = value === null || value === undefined ? [] : Array.isArray(value) ? value : [value]
    const added = values.filter((entry) => !before.has(refOf(entry)))
    const allowed = new Set(exempt ? await exempt(relationIds(added), options.req) : [])
    const toCheck = added.filter((entry) => !allowed.has(relationId(entry) ?? Number.NaN))
    if (!toCheck.length) return true
    const linked = await validations.relationship(toCheck as typeof value, {
      ...options,
      required: false,
      minRows: undefined,
      maxRows: undefined,
    })
    return linked === true ? true : message
  }
