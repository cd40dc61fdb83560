import type { UploadthingStandIn } from '../../../tests/helpers/uploadthingStandIn'
import type { StartedApp } from '../startApp'
import type { SoakDatabaseServer } from './soakDatabaseServer'
import type { SoakOptions } from './soakOptions'

/** What one soak run has set up so far: everything the clean-up must stop, drop or remove. */
export type SoakRun = {
  options: SoakOptions
  /** Temporary folder: uploads, the app's log, the members file, samples. */
  workDir: string
  server: SoakDatabaseServer | null
  /** The throwaway database's name, once made. */
  database: string
  /** The first app instance (the only one unless --instances). */
  app: StartedApp | null
  /** Every app instance, the first included. */
  apps: StartedApp[]
  /** The instance --kill-instance killed, whose exit is not a failure. */
  killed: StartedApp | null
  /** nginx in front of the instances, with --instances of 2 or more. */
  nginx: { stop: () => Promise<void> } | null
  standIn: UploadthingStandIn | null
}
