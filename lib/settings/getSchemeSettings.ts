import 'server-only'
import { cache } from 'react'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { readSchemeSettings } from './readSchemeSettings'

/**
 * The scheme's settings for pages: read once per request (React cache), however many layouts, metadata
 * functions and components ask. Hooks and jobs call readSchemeSettings with their `req` instead.
 */
export const getSchemeSettings = cache(async () => readSchemeSettings(await getPayloadClient()))
