import { saltmarshQuayVocabulary } from '../vocabulary/saltmarshQuayVocabulary'
import { drawLogo } from './drawLogo'
import type { DemoScheme } from './types'

/**
 * A second fictional scheme, to show (and test) that another BID is only settings: another town, names,
 * reference prefix, colour and logo. The teal is light enough that the pages put black text on it.
 */
export const saltmarshQuay: DemoScheme = {
  key: 'saltmarsh-quay',
  settings: {
    schemeName: 'QuaySafe',
    schemeFullName: 'Quay Safe Business Partnership',
    townName: 'Saltmarsh Quay',
    bidName: 'Saltmarsh Quay Harbourside BID',
    referencePrefix: 'QS',
    brandColour: '#2ab3a6',
    contact: {
      email: 'team@quaysafe.example',
      phone: '01632 960555',
      address: 'Harbour Office, 3 Net Loft Row, Saltmarsh Quay',
    },
  },
  logo: {
    alt: 'QuaySafe logo: a wave over a harbour wall',
    // Waves over a quay wall, in white on the scheme's teal.
    draw: () =>
      drawLogo({
        ground: '#2ab3a6',
        markColour: '#ffffff',
        mark: 'M88 200 C136 152 184 152 232 200 C280 248 328 248 376 200 C400 176 424 168 440 176 M88 296 C136 248 184 248 232 296 C280 344 328 344 376 296 C400 272 424 264 440 272 M96 408 H416',
      }),
  },
  vocabulary: saltmarshQuayVocabulary,
}
