import type { TaskConfig } from 'payload'
import { applyRetention } from '@/features/retention/applyRetention'

/** The scheme's retention rules, every night (docs/retention.md). */
export const applyRetentionTask: TaskConfig<'applyRetention'> = {
  slug: 'applyRetention',
  retries: 3,
  schedule: [{ cron: '0 45 2 * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: await applyRetention(req) }),
}
