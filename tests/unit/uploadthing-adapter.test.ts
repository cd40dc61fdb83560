import { randomBytes } from 'node:crypto'
import type { GeneratedAdapter } from '@payloadcms/plugin-cloud-storage/types'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  Config,
  Field,
  PayloadRequest,
  TypeWithID,
  UploadCollectionSlug,
} from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Evidence } from '@/collections/Evidence'
import { Media } from '@/collections/Media'
import { uploadthingAdapter } from '@/lib/storage/uploadthing/uploadthingAdapter'
import { uploadthingStorage } from '@/lib/storage/uploadthing/uploadthingStorage'
import { startUploadthingStandIn, type UploadthingStandIn } from '@/tests/helpers/uploadthingStandIn'

/*
 * The adapter against a local stand-in of UploadThing's HTTP API (no internet here). Payload itself is not
 * started: the adapter's functions, and the cloud-storage plugin's own hooks, are called with a small fake
 * request, which is all they use of Payload.
 */

let standIn: UploadthingStandIn

beforeAll(async () => {
  standIn = await startUploadthingStandIn()
})
afterAll(async () => {
  await standIn.close()
})
afterEach(() => {
  standIn.failWith(null)
})

type Doc = Record<string, unknown> & { id: number }

/** What the adapter and the plugin's hooks use of a PayloadRequest, with the log lines kept for assertions. */
const fakeRequest = ({ findOne, extra }: { findOne?: () => Doc | null; extra?: object } = {}) => {
  const logs: unknown[] = []
  const updates: Array<{ data: Record<string, unknown> }> = []
  const record = (level: string) => (entry: unknown) => logs.push({ level, entry })
  const req = {
    context: {},
    headers: new Headers(),
    payload: {
      config: {},
      db: { findOne: async () => findOne?.() ?? null },
      logger: { error: record('error'), info: record('info'), warn: record('warn') },
      update: async (args: { data: Record<string, unknown> }) => {
        updates.push(args)
        return args.data
      },
    },
    ...extra,
  }
  return { req: req as unknown as PayloadRequest, logs, updates }
}

const evidenceAdapter = (): GeneratedAdapter =>
  uploadthingAdapter({ token: standIn.token, endpoints: standIn.endpoints })({ collection: Evidence })

const photo = (filename: string, bytes = randomBytes(2048)) => ({
  buffer: bytes,
  filename,
  filesize: bytes.length,
  mimeType: 'image/webp',
})

/** Uploads one file as the original of a document and returns the document as the plugin would save it. */
const uploadOriginal = async (
  adapter: GeneratedAdapter,
  filename: string,
): Promise<Doc & { bytes: Buffer }> => {
  const file = photo(filename)
  const data = { id: 1, filename, mimeType: 'image/webp', sizes: {} }
  const { req } = fakeRequest()
  const metadata = await adapter.handleUpload({
    clientUploadContext: undefined,
    collection: Evidence,
    data,
    file,
    req,
    storageFilePath: filename,
  })
  const { _key } = (metadata ?? {}) as { _key?: string }
  return { ...data, _key, bytes: file.buffer }
}

const fetchThroughPayload = async (
  adapter: GeneratedAdapter,
  doc: Doc | undefined,
  filename: string,
  range?: string,
) => {
  const { req } = fakeRequest({
    findOne: () => doc ?? null,
    extra: range ? { headers: new Headers({ range }) } : {},
  })
  return adapter.staticHandler(req, { headers: new Headers(), params: { collection: 'evidence', filename } })
}

describe('UploadThing storage adapter', () => {
  it('stores the upload as a private file and serves the same bytes through Payload, with the right type', async () => {
    const adapter = evidenceAdapter()
    const doc = await uploadOriginal(adapter, 'till-theft.webp')

    expect(doc._key).toEqual(expect.any(String))
    const stored = standIn.files.get(String(doc._key))
    expect(stored?.acl).toBe('private')
    // Private for real: UploadThing's CDN refuses the file without a signature.
    expect((await fetch(standIn.unsignedUrl(String(doc._key)))).status).toBe(403)

    const { req } = fakeRequest()
    const response = await adapter.staticHandler(req, {
      doc,
      headers: new Headers(),
      params: { collection: 'evidence', filename: 'till-theft.webp' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('location')).toBeNull()
    expect(response.headers.get('content-type')).toBe('image/webp')
    expect(Buffer.from(await response.arrayBuffer()).equals(doc.bytes)).toBe(true)
    // Evidence's own header rules apply; the CDN's public caching is not passed on.
    expect(response.headers.get('cache-control')).toBe('private, no-store, max-age=0')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('content-length')).toBe(String(doc.bytes.length))
  })

  it('finds the document itself when Payload does not pass it (read access is plain true)', async () => {
    const adapter = evidenceAdapter()
    const doc = await uploadOriginal(adapter, 'found-by-filename.webp')
    const response = await fetchThroughPayload(adapter, doc, 'found-by-filename.webp')
    expect(response.status).toBe(200)
    expect(Buffer.from(await response.arrayBuffer()).equals(doc.bytes)).toBe(true)
  })

  it('passes a Range request through as a 206', async () => {
    const adapter = evidenceAdapter()
    const doc = await uploadOriginal(adapter, 'ranged.webp')
    const response = await fetchThroughPayload(adapter, doc, 'ranged.webp', 'bytes=0-9')
    expect(response.status).toBe(206)
    expect(response.headers.get('content-range')).toBe(`bytes 0-9/${doc.bytes.length}`)
    expect(Buffer.from(await response.arrayBuffer()).equals(doc.bytes.subarray(0, 10))).toBe(true)
  })

  it('answers 404 for a filename no document has', async () => {
    const response = await fetchThroughPayload(evidenceAdapter(), undefined, 'never-uploaded.webp')
    expect(response.status).toBe(404)
  })

  // Also guards fetchWithoutContentLength: with Payload loaded (this file imports it), UTApi's deleteFiles
  // failed with "invalid content-length header" before it.
  it('deletes the file from UploadThing: a later fetch is 404', async () => {
    const adapter = evidenceAdapter()
    const doc = await uploadOriginal(adapter, 'to-delete.webp')
    const { req } = fakeRequest()
    await adapter.handleDelete({
      collection: Evidence,
      doc: {
        ...doc,
        filename: 'to-delete.webp',
        filesize: 1,
        height: 1,
        width: 1,
        mimeType: 'image/webp',
        sizes: {},
      },
      filename: 'to-delete.webp',
      req,
      storageFilePath: 'to-delete.webp',
    })
    expect(standIn.files.has(String(doc._key))).toBe(false)
    expect((await fetchThroughPayload(adapter, doc, 'to-delete.webp')).status).toBe(404)
  })

  it('generateURL gives the app’s own access-checked file route, never an UploadThing URL', async () => {
    const adapter = evidenceAdapter()
    for (const filename of ['cctv.webp', 'cctv-320x320.webp', 'shop front (1).webp']) {
      const url = await adapter.generateURL?.({ collection: Evidence, data: {}, filename, prefix: '' })
      expect(url).toBe(`/api/evidence/file/${encodeURIComponent(filename)}`)
      expect(url).not.toMatch(/uploadthing|ufs\.sh|utfs\.io|localhost|127\.0\.0\.1/)
    }
  })

  it('throws when UploadThing answers 500, so Payload refuses the upload; the log holds no token', async () => {
    const adapter = evidenceAdapter()
    const before = standIn.files.size
    standIn.failWith(500)
    const { req, logs } = fakeRequest()
    await expect(
      adapter.handleUpload({
        clientUploadContext: undefined,
        collection: Evidence,
        data: { id: 9, filename: 'refused.webp', mimeType: 'image/webp', sizes: {} },
        file: photo('refused.webp'),
        req,
        storageFilePath: 'refused.webp',
      }),
    ).rejects.toMatchObject({
      name: 'APIError',
      status: 502,
      message: 'The file could not be stored. Nothing was saved; please try again.',
    })
    expect(standIn.files.size).toBe(before)
    expect(logs).toHaveLength(1)
    const logged = JSON.stringify(logs)
    expect(logged).toContain('refused.webp')
    expect(logged).not.toContain(standIn.token)
    expect(logged).not.toContain(standIn.apiKey)
  })

  it('answers 502 when UploadThing fails on download, with no UploadThing URL in the answer', async () => {
    const adapter = evidenceAdapter()
    const doc = await uploadOriginal(adapter, 'download-fails.webp')
    standIn.failWith(500)
    const response = await fetchThroughPayload(adapter, doc, 'download-fails.webp')
    expect(response.status).toBe(502)
    expect(response.headers.get('location')).toBeNull()
    expect(await response.text()).not.toMatch(/localhost|127\.0\.0\.1|signature/)
  })

  it('rejects a malformed token at start-up without repeating it', () => {
    const secret = 'not-a-real-token-sk_live_do_not_log'
    const adapter = uploadthingAdapter({ token: secret })({ collection: Evidence })
    // The whole message, word for word: it names the variable and the fix, and holds no part of the token.
    expect(() => adapter.onInit?.()).toThrow(
      new Error(
        'UPLOADTHING_TOKEN is not a valid UploadThing v7 token (base64 JSON with apiKey, appId and regions). ' +
          'Copy it again from the UploadThing dashboard (API Keys, V7 tab).',
      ),
    )
    expect(() =>
      uploadthingAdapter({ token: standIn.token })({ collection: Evidence }).onInit?.(),
    ).not.toThrow()
  })

  it('also reaches the stand-in through the UPLOADTHING_* environment variables UTApi reads', async () => {
    const saved = Object.fromEntries(Object.keys(standIn.env).map((name) => [name, process.env[name]]))
    Object.assign(process.env, standIn.env)
    try {
      const adapter = uploadthingAdapter({ token: standIn.token })({ collection: Evidence })
      const doc = await uploadOriginal(adapter, 'via-env.webp')
      expect(standIn.files.has(String(doc._key))).toBe(true)
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name]
        else process.env[name] = value
      }
    }
  })
})

/** A collection as the plugin rewrites it (a Payload config needs nothing else for this). */
const plugged = async (
  collection: CollectionConfig,
  token: string | undefined,
): Promise<CollectionConfig> => {
  const plugin = uploadthingStorage({
    token,
    collections: [collection.slug as UploadCollectionSlug],
    endpoints: standIn.endpoints,
  })
  const config = await plugin({ collections: [collection] } as unknown as Config)
  const rewritten = config.collections?.find(({ slug }) => slug === collection.slug)
  if (!rewritten) throw new Error(`${collection.slug} collection missing`)
  return rewritten
}

/** Field names, nested groups included, to compare schemas. */
const fieldNames = (fields: Field[], path = ''): string[] =>
  fields.flatMap((field) => {
    if (!('name' in field)) return []
    const name = `${path}${field.name}`
    return field.type === 'group' ? [name, ...fieldNames(field.fields, `${name}.`)] : [name]
  })

/** Payload types the handler's `doc` as required, but its file route passes none when read access is plain true. */
const noDoc = undefined as unknown as TypeWithID

describe('uploadthingStorage plugin (with the cloud-storage plugin’s own hooks)', () => {
  // Media has two image sizes (card, hero): the plugin uploads all three files at once and merges the
  // per-file results shallowly, so this is where a lost size key would show.
  it('uploads, keys, serves and deletes the original and each image size', async () => {
    const media = await plugged(Media, standIn.token)
    const afterChange = media.hooks?.afterChange?.at(-1) as CollectionAfterChangeHook
    const afterDelete = media.hooks?.afterDelete?.at(-1) as CollectionAfterDeleteHook
    const upload = typeof media.upload === 'object' ? media.upload : {}
    const staticHandler = upload.handlers?.at(-1)
    expect(upload.disableLocalStorage).toBe(true)
    if (!staticHandler) throw new Error('no file handler')

    const files = {
      'poster.webp': randomBytes(4096),
      'poster-640x400.webp': randomBytes(1024),
      'poster-1600x700.webp': randomBytes(2048),
    }
    const size = (filename: keyof typeof files) => ({
      filename,
      mimeType: 'image/webp',
      filesize: files[filename].length,
    })
    const created: Doc = {
      id: 7,
      ...size('poster.webp'),
      sizes: { card: size('poster-640x400.webp'), hero: size('poster-1600x700.webp') },
    }
    const creation = fakeRequest({
      extra: {
        file: { data: files['poster.webp'], mimetype: 'image/webp', name: 'poster.webp', size: 4096 },
        payloadUploadSizes: { card: files['poster-640x400.webp'], hero: files['poster-1600x700.webp'] },
      },
    })
    const saved = (await afterChange({
      collection: media,
      context: {},
      data: created,
      doc: created,
      operation: 'create',
      previousDoc: {},
      req: creation.req,
    } as unknown as Parameters<CollectionAfterChangeHook>[0])) as Doc

    // One update by the plugin stores all three keys.
    expect(creation.updates).toHaveLength(1)
    const savedSizes = creation.updates[0].data.sizes as Record<string, Record<string, unknown>>
    const keys = [creation.updates[0].data._key, savedSizes.card._key, savedSizes.hero._key]
    for (const key of keys) expect(standIn.files.get(String(key))?.acl).toBe('private')
    expect(new Set(keys).size).toBe(3)

    for (const [filename, bytes] of Object.entries(files)) {
      const { req } = fakeRequest({ findOne: () => saved })
      const response = await staticHandler(req, { doc: noDoc, params: { collection: 'media', filename } })
      if (!(response instanceof Response)) throw new Error('no response')
      expect(response.status).toBe(200)
      expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true)
    }

    const deletion = fakeRequest()
    await afterDelete({
      collection: media,
      context: {},
      doc: saved,
      id: 7,
      req: deletion.req,
    } as unknown as Parameters<CollectionAfterDeleteHook>[0])
    expect(deletion.logs).toEqual([])
    for (const key of keys) expect(standIn.files.has(String(key))).toBe(false)
    for (const filename of Object.keys(files)) {
      const { req } = fakeRequest({ findOne: () => saved })
      const response = await staticHandler(req, { doc: noDoc, params: { collection: 'media', filename } })
      expect(response instanceof Response && response.status).toBe(404)
    }
  })

  it('refuses the whole upload when UploadThing fails: the hook throws and saves no keys', async () => {
    const evidence = await plugged(Evidence, standIn.token)
    const afterChange = evidence.hooks?.afterChange?.at(-1) as CollectionAfterChangeHook
    const bytes = randomBytes(256)
    const doc: Doc = { id: 8, filename: 'refused.webp', mimeType: 'image/webp', sizes: {} }
    const { req, updates } = fakeRequest({
      extra: { file: { data: bytes, mimetype: 'image/webp', name: 'refused.webp', size: bytes.length } },
    })
    standIn.failWith(500)
    await expect(
      afterChange({
        collection: evidence,
        context: {},
        data: doc,
        doc,
        operation: 'create',
        previousDoc: {},
        req,
      } as unknown as Parameters<CollectionAfterChangeHook>[0]),
    ).rejects.toMatchObject({
      name: 'APIError',
      status: 502,
      isPublic: true,
      message: 'The file could not be stored. Nothing was saved; please try again.',
    })
    expect(updates).toEqual([])
  })

  it('without a token keeps files on local disk but adds the same fields, so the schema does not change', async () => {
    const enabled = await plugged(Evidence, standIn.token)
    const disabled = await plugged(Evidence, undefined)
    const upload = typeof disabled.upload === 'object' ? disabled.upload : {}
    expect(upload.disableLocalStorage).toBeUndefined()
    // Disabled, the plugin adds no file handler of its own: only the collection's own ones remain.
    const own = typeof Evidence.upload === 'object' ? (Evidence.upload.handlers ?? []) : []
    expect(upload.handlers ?? []).toEqual(own)
    expect(fieldNames(disabled.fields).sort()).toEqual(fieldNames(enabled.fields).sort())
    expect(fieldNames(enabled.fields)).toEqual(expect.arrayContaining(['_key', 'sizes.thumbnail._key']))
  })
})
