/**
 * The audit log is append-only in PostgreSQL itself (triggers and privileges: even the app's own connection
 * cannot change or remove an entry), and a daily anchor, signed with a key the database does not hold,
 * pins the newest hash outside it: `npm run audit:verify` then notices the newest entries removed or the
 * whole chain rewritten, which the chain alone cannot. Summaries name records by id, never a person.
 */
import { execFile } from 'node:child_process'
import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { createLocalReq, type Payload } from 'payload'
import type { PoolClient } from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MemberAccount, StaffAccount } from '@/access/accountOf'
import { type AuditAnchor, anchorSignedText } from '@/lib/audit/auditAnchor'
import { auditView } from '@/lib/audit/auditView'
import { recordAudit } from '@/lib/audit/recordAudit'
import { verifyAuditAnchors } from '@/lib/audit/verifyAuditAnchors'
import { verifyAuditChain } from '@/lib/audit/verifyAuditChain'
import { postgresOf } from '@/lib/database/postgresOf'
import { auditAnchorKey } from '@/lib/env/auditAnchorKey'
import { loadRoleUsers } from '../helpers/roles'
import { testPayload } from '../helpers/testPayload'

const run = promisify(execFile)

let payload: Payload
let client: PoolClient
let anchorDir: string
let keys: { privateKey: KeyObject; publicKey: KeyObject }
let admin: StaffAccount
let member: MemberAccount

const overrideAccess = true // test set-up and reading the log back

const write = async (summary: string) => {
  const req = await createLocalReq({}, payload)
  await recordAudit(req, { action: 'view', summary })
}

const newest = async () =>
  (
    await client.query(
      'select id, sequence::int as sequence, hash from audit_log order by sequence desc limit 1',
    )
  ).rows[0] as { id: number; sequence: number; hash: string }

/** Runs a statement on the app's own pool connection; always rolled back, whatever happens. */
const asTheApp = async (statement: string, values: unknown[] = []) => {
  await client.query('begin')
  try {
    await client.query(statement, values)
  } finally {
    await client.query('rollback')
  }
}

/**
 * What an attacker with superuser rights does: switch the triggers off for one transaction and tamper.
 * The check runs inside that transaction (which is then rolled back), so it sees the tampered table.
 */
const asAnAttacker = async <T>(statements: [string, unknown[]][], check: () => Promise<T>): Promise<T> => {
  await client.query('begin')
  try {
    await client.query('set local session_replication_role = replica')
    for (const [statement, values] of statements) await client.query(statement, values)
    return await check()
  } finally {
    await client.query('rollback')
  }
}

/**
 * Runs the anchor task through Payload's jobs queue, as the nightly schedule does. Payload deletes a job
 * that completed, so this returns null then, and the job (with its log) when it failed.
 */
const runAnchorJob = async () => {
  const job = await payload.jobs.queue({ task: 'anchorAuditChain', input: {} })
  await payload.jobs.runByID({ id: job.id })
  return payload.findByID({
    collection: 'payload-jobs',
    id: job.id,
    depth: 0,
    disableErrors: true,
    overrideAccess,
  })
}

const anchorFiles = async () =>
  (await readdir(anchorDir)).filter((name) => name.startsWith('audit-anchor-') && name.endsWith('.json'))

const readAnchor = async (file: string) =>
  JSON.parse(await readFile(path.join(anchorDir, file), 'utf8')) as AuditAnchor

const verifyScript = async () =>
  run('npx', ['tsx', 'scripts/audit-verify.ts'], { env: { ...process.env }, cwd: process.cwd() })
    .then(({ stdout, stderr }) => ({ code: 0, output: stdout + stderr }))
    .catch((error: { code?: number; stdout?: string; stderr?: string }) => ({
      code: error.code ?? 1,
      output: `${error.stdout ?? ''}${error.stderr ?? ''}`,
    }))

beforeAll(async () => {
  payload = await testPayload()
  client = await postgresOf(payload).pool.connect()
  anchorDir = await mkdtemp(path.join(tmpdir(), 'ntars-anchors-'))
  keys = generateKeyPairSync('ed25519')
  process.env.NTARS_AUDIT_ANCHOR_DIR = anchorDir
  process.env.AUDIT_ANCHOR_KEY = keys.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
  const users = await loadRoleUsers(payload)
  admin = users.admin as StaffAccount
  member = users.member as MemberAccount
  await write('Append-only test: an entry to work on')
})

afterAll(async () => {
  client?.release()
  delete process.env.NTARS_AUDIT_ANCHOR_DIR
  delete process.env.AUDIT_ANCHOR_KEY
  await rm(anchorDir, { recursive: true, force: true })
})

describe('the audit_log table is append-only', () => {
  it("refuses an UPDATE on the app's own connection", async () => {
    const { id } = await newest()
    await expect(
      asTheApp('update audit_log set summary = $1 where id = $2', ['Nothing here', id]),
    ).rejects.toThrow(/audit_log is append-only: UPDATE is refused/)
  })

  it("refuses a DELETE on the app's own connection", async () => {
    const { id } = await newest()
    await expect(asTheApp('delete from audit_log where id = $1', [id])).rejects.toThrow(
      /audit_log is append-only: DELETE is refused/,
    )
  })

  it("refuses a TRUNCATE on the app's own connection", async () => {
    // CASCADE, or PostgreSQL refuses it earlier for the lock table's foreign key, before the trigger is asked.
    await expect(asTheApp('truncate audit_log cascade')).rejects.toThrow(
      /audit_log is append-only: TRUNCATE is refused/,
    )
  })

  it('grants UPDATE, DELETE and TRUNCATE to no one, the connecting role included', async () => {
    const { rows } = await client.query(
      `select grantee, privilege_type from information_schema.table_privileges
        where table_name = 'audit_log' and privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE')`,
    )
    expect(rows).toEqual([])
  })

  it('still takes new entries, chained as before', async () => {
    const before = await newest()
    await write('Append-only test: written after the triggers')
    const after = await newest()
    expect(after.sequence).toBe(before.sequence + 1)
    expect(await verifyAuditChain(client)).toMatchObject({ intact: true })
  })
})

describe('the daily anchor', () => {
  it('is written by the jobs-queue task: the newest entry, signed with the anchor key', async () => {
    await write('Append-only test: the entry to anchor')
    const latest = await newest()
    expect(await runAnchorJob()).toBeNull()
    const [file, ...others] = await anchorFiles()
    expect(others).toEqual([])
    const anchor = await readAnchor(file as string)
    expect(anchor.entry).toMatchObject({ id: latest.id, sequence: latest.sequence, hash: latest.hash })
    expect(file).toBe(`audit-anchor-${anchor.day}.json`)
    const { signature, ...signed } = anchor
    const { verify } = await import('node:crypto')
    expect(
      verify(null, Buffer.from(anchorSignedText(signed)), keys.publicKey, Buffer.from(signature, 'base64')),
    ).toBe(true)
  })

  it('keeps one file a day: a second run that day replaces it with the newer entry', async () => {
    await write('Append-only test: written after the first anchor')
    const latest = await newest()
    expect(await runAnchorJob()).toBeNull()
    const files = await anchorFiles()
    expect(files).toHaveLength(1)
    expect((await readAnchor(files[0] as string)).entry.id).toBe(latest.id)
  })

  it('passes verification while the chain and the anchored entry are intact', async () => {
    await write('Append-only test: written after the anchor')
    const status = await verifyAuditAnchors(client, { dir: anchorDir, publicKey: keys.publicKey })
    expect(status.problems).toEqual([])
    expect(status.checked).toBe(1)
    const script = await verifyScript()
    expect(script.output).toMatch(/1 anchor checked/)
    expect(script.code).toBe(0)
  })

  it('finds the newest entries removed, which leaves a valid shorter chain', async () => {
    const anchor = await readAnchor((await anchorFiles())[0] as string)
    const [chain, anchors] = await asAnAttacker(
      [['delete from audit_log where sequence >= $1', [anchor.entry.sequence]]],
      async () =>
        [
          await verifyAuditChain(client),
          await verifyAuditAnchors(client, { dir: anchorDir, publicKey: keys.publicKey }),
        ] as const,
    )
    expect(chain.intact).toBe(true)
    expect(anchors.problems).toEqual([
      {
        file: `audit-anchor-${anchor.day}.json`,
        problem: `the anchored entry #${anchor.entry.id} (position ${anchor.entry.sequence}) is missing`,
      },
    ])
  })

  it('finds the whole chain rewritten from an entry before the anchor', async () => {
    const anchor = await readAnchor((await anchorFiles())[0] as string)
    const rehash = `
      DO $$
      DECLARE entry record; previous text;
      BEGIN
        SELECT hash INTO previous FROM audit_log WHERE sequence = ${anchor.entry.sequence - 2};
        FOR entry IN SELECT id FROM audit_log WHERE sequence >= ${anchor.entry.sequence - 1} ORDER BY sequence LOOP
          UPDATE audit_log SET prev_hash = previous WHERE id = entry.id;
          UPDATE audit_log AS row SET hash = encode(sha256(convert_to(audit_log_entry_text(row), 'UTF8')), 'hex')
            WHERE id = entry.id RETURNING hash INTO previous;
        END LOOP;
      END $$`
    const [chain, anchors] = await asAnAttacker(
      [
        [
          'update audit_log set summary = $1 where sequence = $2',
          ['Nothing to see', anchor.entry.sequence - 1],
        ],
        [rehash, []],
      ],
      async () =>
        [
          await verifyAuditChain(client),
          await verifyAuditAnchors(client, { dir: anchorDir, publicKey: keys.publicKey }),
        ] as const,
    )
    expect(chain.intact).toBe(true)
    expect(anchors.problems).toEqual([
      {
        file: `audit-anchor-${anchor.day}.json`,
        problem: `the anchored entry #${anchor.entry.id} (position ${anchor.entry.sequence}) no longer has the anchored hash`,
      },
    ])
  })

  it('finds a forged anchor: changed after signing, or signed with another key', async () => {
    const anchor = await readAnchor((await anchorFiles())[0] as string)
    const forged = { ...anchor, day: '2001-01-01', entry: { ...anchor.entry, hash: '0'.repeat(64) } }
    await writeFile(path.join(anchorDir, 'audit-anchor-2001-01-01.json'), JSON.stringify(forged))
    const stranger = generateKeyPairSync('ed25519').privateKey
    const { signature: _, ...unsigned } = anchor
    const foreign = { ...unsigned, day: '2001-01-02' }
    const foreignSignature = sign(null, Buffer.from(anchorSignedText(foreign)), stranger).toString('base64')
    await writeFile(
      path.join(anchorDir, 'audit-anchor-2001-01-02.json'),
      JSON.stringify({ ...foreign, signature: foreignSignature }),
    )
    try {
      const status = await verifyAuditAnchors(client, { dir: anchorDir, publicKey: keys.publicKey })
      expect(status.problems).toEqual([
        { file: 'audit-anchor-2001-01-01.json', problem: 'the signature does not match: forged or changed' },
        { file: 'audit-anchor-2001-01-02.json', problem: 'the signature does not match: forged or changed' },
      ])
      const script = await verifyScript()
      expect(script.code).toBe(1)
      expect(script.output).toMatch(/audit-anchor-2001-01-01\.json: the signature does not match/)
    } finally {
      await rm(path.join(anchorDir, 'audit-anchor-2001-01-01.json'))
      await rm(path.join(anchorDir, 'audit-anchor-2001-01-02.json'))
    }
  })
})

describe('the anchor key', () => {
  const saved = { ...process.env }
  afterAll(() => {
    process.env = saved
  })

  it('is refused in production when none is configured, saying what to set', () => {
    process.env = { ...saved, NODE_ENV: 'production' }
    delete process.env.AUDIT_ANCHOR_KEY
    delete process.env.AUDIT_ANCHOR_KEY_FILE
    expect(() => auditAnchorKey()).toThrow(/AUDIT_ANCHOR_KEY or AUDIT_ANCHOR_KEY_FILE must hold/)
  })

  it('is read from a file named by AUDIT_ANCHOR_KEY_FILE, and must be Ed25519', async () => {
    const file = path.join(anchorDir, 'key.pem')
    await writeFile(file, keys.privateKey.export({ format: 'pem', type: 'pkcs8' }))
    process.env = { ...saved, NODE_ENV: 'production', AUDIT_ANCHOR_KEY_FILE: file }
    delete process.env.AUDIT_ANCHOR_KEY
    expect(auditAnchorKey().publicKey.export({ format: 'der', type: 'spki' })).toEqual(
      keys.publicKey.export({ format: 'der', type: 'spki' }),
    )
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey
    await writeFile(file, rsa.export({ format: 'pem', type: 'pkcs8' }))
    expect(() => auditAnchorKey()).toThrow(/must be an Ed25519 private key/)
    await rm(file)
  })

  it('refuses to run the anchor job in production without a key', async () => {
    process.env = { ...saved, NODE_ENV: 'production' }
    delete process.env.AUDIT_ANCHOR_KEY
    delete process.env.AUDIT_ANCHOR_KEY_FILE
    const filesBefore = await anchorFiles()
    const job = await runAnchorJob()
    expect(job?.completedAt).toBeFalsy()
    expect(JSON.stringify(job?.log)).toMatch(/AUDIT_ANCHOR_KEY or AUDIT_ANCHOR_KEY_FILE must hold/)
    expect(await anchorFiles()).toEqual(filesBefore)
    if (job) await payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess })
  })
})

describe('audit summaries name records by id, never a person', () => {
  it('approving and viewing a profile writes its id, not its name', async () => {
    const proposal = await payload.create({
      collection: 'offenders',
      data: { firstName: 'Testy', lastName: 'McFictional', status: 'proposed', gallery: 'known' },
      overrideAccess, // test set-up: a proposal to approve
    })
    await payload.update({
      collection: 'offenders',
      id: proposal.id,
      data: { status: 'approved' },
      user: admin,
      overrideAccess: false,
    })
    await auditView(member, 'offenders', proposal.id)
    const { rows } = await client.query(
      `select summary from audit_log where entity_collection = 'offenders' and entity_id = $1 order by sequence`,
      [proposal.id],
    )
    expect(rows.map((row) => row.summary)).toEqual([
      `Created offender profile #${proposal.id}`,
      `Approved offender profile #${proposal.id}`,
      `Viewed offender profile #${proposal.id}`,
    ])
    const named = await client.query(
      `select count(*)::int as count from audit_log where summary ilike '%McFictional%' or details::text ilike '%McFictional%'`,
    )
    expect(named.rows[0].count).toBe(0)
  })
})
