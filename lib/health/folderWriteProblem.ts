import { randomBytes } from 'node:crypto'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Null when a file can be created in `dir` (made first if missing, as Payload does on the first upload);
 * otherwise the system's error code. A real write and removal, since permission bits do not bind root
 * and say nothing of a full or read-only disk.
 */
export const folderWriteProblem = async (dir: string): Promise<string | null> => {
  const probe = path.join(dir, `.ready-${process.pid}-${randomBytes(6).toString('hex')}`)
  try {
    await mkdir(dir, { recursive: true })
    await writeFile(probe, 'ready', { flag: 'wx' })
    await rm(probe, { force: true })
    return null
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'write failed'
  }
}
