import type { SchemeSetting } from '@/payload-types'
import type { Vocabulary } from '../vocabulary/vocabulary'

/** The settings a demo scheme sets: its identity and contacts (retention and exclusion rules keep theirs). */
export type SchemeIdentitySettings = Pick<
  SchemeSetting,
  'schemeName' | 'schemeFullName' | 'townName' | 'bidName' | 'referencePrefix' | 'brandColour' | 'contact'
>

/** A fictional demo scheme: the settings a BID would type in the admin, and its logo, drawn locally. */
export type DemoScheme = {
  /** Its name on the command line: `npm run seed -- --scheme=<key>`. */
  key: string
  settings: SchemeIdentitySettings
  /** Null: no logo, so the site shows the built-in shield icon. */
  logo: { alt: string; draw: () => Promise<Buffer> } | null
  /** What its members report, its profiles' warning markers and its partner agencies. */
  vocabulary: Vocabulary
}
