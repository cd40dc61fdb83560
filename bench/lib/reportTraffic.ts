import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { londonNowLocal } from '../../lib/time/londonTime'

const require = createRequire(import.meta.url)

/** The id Next gave the report form's server action in this build. */
export const reportActionId = (distDir = '.next'): string => {
  const manifest = JSON.parse(readFileSync(`${distDir}/server/server-reference-manifest.json`, 'utf8')) as {
    node: Record<string, { exportedName?: string; filename?: string; workers?: Record<string, unknown> }>
  }
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName === 'reportIncidentAction') return id
    if (entry.filename?.includes('reportIncidentAction')) return id
  }
  throw new Error('The report action is not in the build’s server-reference manifest')
}

/**
 * The multipart field names React gives a FormData argument of a server action ("_1_type", … and "0" for
 * the argument list), learnt from React's own encoder so a React upgrade cannot silently break the bench.
 */
const encodedNames = async () => {
  const { encodeReply } = require('next/dist/compiled/react-server-dom-webpack/client.node') as {
    encodeReply: (value: unknown) => Promise<FormData | string>
  }
  const sample = new FormData()
  sample.append('field', 'x')
  const encoded = await encodeReply([sample])
  if (typeof encoded === 'string') throw new Error('Expected a multipart reply for a FormData argument')
  const names = [...encoded.keys()]
  const fieldName = names.find((name) => name.endsWith('field'))
  if (!fieldName) throw new Error('Could not learn how React names FormData fields')
  return {
    prefix: fieldName.slice(0, -'field'.length),
    root: names
      .filter((name) => name !== fieldName)
      .map((name) => [name, encoded.get(name) as string] as const),
  }
}

/**
 * Builds server-action requests that file a report, synchronously (autocannon asks for each body as it
 * sends): multipart bytes put together by hand around a shared photo buffer, each with its own
 * idempotency key so every request is a new report.
 */
export const reportRequestFactory = async (options: {
  actionId: string
  cookie: () => string
  photo?: Buffer
  description: string
}) => {
  const { prefix, root } = await encodedNames()
  const boundary = `----ntarsbench${randomUUID().replace(/-/g, '')}`
  const part = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`
  return () => {
    const local = londonNowLocal(new Date(Date.now() - 5 * 60_000))
    const fields: [string, string][] = [
      ['type', 'theft'],
      ['occurredAt', local],
      ['description', options.description],
      ['valueLost', '12.50'],
      ['idempotencyKey', randomUUID()],
    ]
    const head = fields.map(([name, value]) => part(`${prefix}${name}`, value)).join('')
    const chunks: Buffer[] = [Buffer.from(head)]
    if (options.photo) {
      chunks.push(
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="${prefix}photos"; filename="phone.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
        ),
        options.photo,
        Buffer.from('\r\n'),
      )
    }
    chunks.push(Buffer.from(`${root.map(([name, value]) => part(name, value)).join('')}--${boundary}--\r\n`))
    return {
      body: Buffer.concat(chunks),
      headers: {
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
        'Next-Action': options.actionId,
        Accept: 'text/x-component',
        Cookie: options.cookie(),
      },
    }
  }
}

/** The report reference in a server action's answer, or null when the report was refused. */
export const referenceIn = (body: string): string | null => /"reference":"(NT-\d+)"/.exec(body)?.[1] ?? null
