import type { PayloadRequest } from 'payload'
import { figuresScopeOf } from './figuresScopeOf'

/** The scheme-wide pattern (heatmap, places, trend) is for police and scheme staff only. */
export const mayReadSchemePattern = (req: Pick<PayloadRequest, 'user'>): boolean =>
  figuresScopeOf(req)?.kind === 'scheme'
