import { town } from '../names'
import { defaultVocabulary } from '../vocabulary/defaultVocabulary'
import type { DemoScheme } from './types'

/**
 * The default demo scheme in the fictional town the demo data is set in. No logo: it shows the built-in
 * shield icon in its colour.
 */
export const northbrook: DemoScheme = {
  key: 'northbrook',
  settings: {
    schemeName: 'NTARS',
    schemeFullName: `${town.name} Town Anti-Social Behaviour Reporting Scheme`,
    townName: `${town.name} town centre`,
    bidName: `${town.name} Town Centre BID`,
    referencePrefix: 'NT',
    brandColour: '#0b3d5c',
    contact: {
      email: 'scheme@ntars.test',
      phone: '01632 960000',
      address: `BID Office, 1 Guild Square, ${town.name}`,
    },
  },
  logo: null,
  vocabulary: defaultVocabulary,
}
