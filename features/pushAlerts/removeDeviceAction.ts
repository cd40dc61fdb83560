'use server'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { currentMember } from '@/lib/auth/currentMember'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

const schema = z.object({ device: z.coerce.number().int().positive() })

/** Removes one of the member's own devices from the list (a lost or old phone); others' are refused. */
export const removeDeviceAction = async (form: FormData): Promise<void> => {
  const member = await currentMember()
  const parsed = schema.safeParse({ device: form.get('device') })
  if (!member || !parsed.success) return
  await (await getPayloadClient()).delete({
    collection: 'push-subscriptions',
    where: { id: { equals: parsed.data.device } },
    depth: 0,
    user: member,
    overrideAccess: false,
  })
  revalidatePath('/account')
}
