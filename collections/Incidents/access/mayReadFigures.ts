import type { PayloadRequest } from 'payload'
import { figuresScopeOf } from './figuresScopeOf'

/** Who opens the figures page at all: business managers (their own), police and scheme staff (the scheme's). */
export const mayReadFigures = (req: Pick<PayloadRequest, 'user'>): boolean => figuresScopeOf(req) !== null
