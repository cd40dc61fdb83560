import type { Pack } from 'tar-stream'

/** Adds a small JSON document to the archive as `name`. */
export const addJsonToArchive = (pack: Pack, name: string, value: unknown): Promise<void> =>
  new Promise((resolve, reject) => {
    const body = Buffer.from(`${JSON.stringify(value, null, 2)}\n`)
    pack.entry({ name, size: body.length, mode: 0o600 }, body, (error) => (error ? reject(error) : resolve()))
  })
