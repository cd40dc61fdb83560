import { northbrook } from './northbrook'
import { saltmarshQuay } from './saltmarshQuay'
import type { DemoScheme } from './types'

/** The fictional demo schemes, by their command-line key; the first is the default. */
export const demoSchemes: readonly DemoScheme[] = [northbrook, saltmarshQuay]

export const defaultScheme = northbrook

/** The scheme a `--scheme=<key>` names, or an error listing the keys there are. */
export const demoSchemeOf = (key: string): DemoScheme => {
  const found = demoSchemes.find((scheme) => scheme.key === key)
  if (!found) {
    throw new Error(
      `No demo scheme "${key}". Choose one of: ${demoSchemes.map((scheme) => scheme.key).join(', ')}.`,
    )
  }
  return found
}
