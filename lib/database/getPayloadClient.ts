import 'server-only'
import config from '@payload-config'
import { getPayload } from 'payload'

/**
 * The one Payload instance of this server process (Payload caches it across calls). `cron: true` starts the
 * jobs queue's timer with the first use, whatever the first request is: Payload's own routes (admin, REST)
 * ask for it, but a server only members use would otherwise never start it, and could then never take the
 * jobs lead (lib/database/runsJobsHere.ts decides which server runs the jobs).
 */
export const getPayloadClient = () => getPayload({ config, cron: true })
