import { readdir } from 'node:fs/promises'

const anchorFileName = /^audit-anchor-\d{4}-\d{2}-\d{2}\.json$/

/** The anchor files in `dir`, oldest day first; none when the folder does not exist yet. */
export const auditAnchorFiles = async (dir: string): Promise<string[]> => {
  try {
    return (await readdir(dir)).filter((name) => anchorFileName.test(name)).sort()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}
