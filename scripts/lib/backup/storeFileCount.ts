import { readdir } from 'node:fs/promises'

/** How many files (not folders) the local store holds, at any depth; 0 when the folder does not exist. */
export const storeFileCount = async (dir: string): Promise<number> => {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true })
    return entries.filter((entry) => !entry.isDirectory()).length
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0
    throw error
  }
}
