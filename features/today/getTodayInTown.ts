import 'server-only'
import type { Account } from '@/access/accountOf'
import { getPayloadClient } from '@/lib/database/getPayloadClient'
import { todayInTown } from './todayInTown'

/** The page's read: "Today in town" for the signed-in member, now. */
export const getTodayInTown = async (viewer: Account) => todayInTown(await getPayloadClient(), viewer)
