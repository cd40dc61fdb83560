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
  app: StartedApp | null
  standIn: UploadthingStandIn | null
}
