import type { Payload, TaskConfig } from 'payload'
import { writeAuditAnchor } from '@/lib/audit/writeAuditAnchor'
import { postgresOf } from '@/lib/database/postgresOf'
import { auditAnchorDir } from '@/lib/env/auditAnchorDir'
import { auditAnchorKey } from '@/lib/env/auditAnchorKey'

/**
 * Writes today's audit anchor (docs/audit-chain.md): the newest hash of the audit chain, signed with a key
 * the database does not hold, into the anchor folder, for `npm run audit:verify` to check. Without a key in
 * production it fails, saying which setting is missing, rather than write an anchor nobody can trust.
 */
export const anchorAuditChain = async (payload: Payload) => {
  const keys = auditAnchorKey()
  const written = await writeAuditAnchor(postgresOf(payload).pool, {
    dir: auditAnchorDir(),
    keys,
  })
  if (!written) return { anchored: false }
  const { day, entry } = written.anchor
  payload.logger.info({ msg: 'Audit anchor written', file: written.file, entry: entry.id })
  return { anchored: true, day, entryId: entry.id, sequence: entry.sequence }
}

/** After the night's retention (02:45) and exclusion (02:15) jobs, so their entries are anchored the same day. */
export const anchorAuditChainTask: TaskConfig<'anchorAuditChain'> = {
  slug: 'anchorAuditChain',
  retries: 3,
  schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: await anchorAuditChain(req.payload) }),
}
