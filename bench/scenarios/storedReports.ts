/** How many of the acknowledged reports (by reference, `NT-<id>`) are in the database, and their photos. */
export const storedReports = async (databaseUrl: string, references: Set<string>) => {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const ids = [...references].map((reference) => Number(reference.slice(3)))
    const found = await client.query('select count(*)::int as n from incidents where id = any($1)', [ids])
    const photos = await client.query(
      "select count(*)::int as n from incidents_rels r join evidence e on e.id = r.evidence_id where r.path = 'evidence' and r.parent_id = any($1)",
      [ids],
    )
    return {
      acknowledged: ids.length,
      found: (found.rows[0] as { n: number }).n,
      photos: (photos.rows[0] as { n: number }).n,
    }
  } finally {
    await client.end()
  }
}
