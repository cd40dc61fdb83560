import type pg from 'pg'

/** PostgreSQL allows 65,535 bind parameters per statement; stay well under it. */
const maxParameters = 30_000

/**
 * Inserts rows many at a time with one multi-row INSERT per batch and returns the new ids in order.
 * The scale seed writes straight to the tables on purpose: going through Payload's hooks one document at a
 * time would take hours for 200,000 reports, and the point here is data volume, not business rules.
 */
export const bulkInsert = async (
  client: pg.Client,
  table: string,
  columns: string[],
  rows: unknown[][],
  returnIds = true,
): Promise<number[]> => {
  const ids: number[] = []
  const perBatch = Math.max(1, Math.floor(maxParameters / columns.length))
  const columnList = columns.map((column) => `"${column}"`).join(', ')
  for (let start = 0; start < rows.length; start += perBatch) {
    const batch = rows.slice(start, start + perBatch)
    const values: unknown[] = []
    const tuples = batch.map((row) => {
      const placeholders = row.map((value) => {
        values.push(value)
        return `$${values.length}`
      })
      return `(${placeholders.join(', ')})`
    })
    const result = await client.query(
      `insert into "${table}" (${columnList}) values ${tuples.join(', ')}${returnIds ? ' returning id' : ''}`,
      values,
    )
    if (returnIds) for (const row of result.rows as { id: number }[]) ids.push(row.id)
  }
  return ids
}
