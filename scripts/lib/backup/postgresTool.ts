import path from 'node:path'
import { postgresBinDir } from '@/lib/env/postgresBinDir'

/** The path of a PostgreSQL client tool: in NTARS_PG_BIN when set, else found on PATH. */
export const postgresTool = (name: 'pg_dump' | 'pg_restore'): string => {
  const dir = postgresBinDir()
  return dir ? path.join(dir, name) : name
}
