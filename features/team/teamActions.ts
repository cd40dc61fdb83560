'use server'
import { randomBytes } from 'node:crypto'
import { revalidatePath } from 'next/cache'
import { z } from 'zod'
import { currentMember } from '@/lib/auth/currentMember'
import { getPayloadClient } from '@/lib/database/getPayloadClient'

export type TeamState = { ok?: string; error?: string }

const inviteSchema = z.object({
  name: z.string().trim().min(2, 'Enter their name.').max(120),
  email: z.string().trim().toLowerCase().email('Enter their work email address.').max(254),
  role: z.enum(['member', 'business-manager'], { message: 'Choose a role.' }),
})

/**
 * A business manager invites a colleague: the account is created in the manager's business (the
 * collection's hook enforces that) with an unguessable password, and the invitation is a set-password link.
 */
export const inviteMemberAction = async (_state: TeamState, form: FormData): Promise<TeamState> => {
  const manager = await currentMember()
  if (manager?.role !== 'business-manager') return { error: 'Only business managers invite colleagues.' }
  const parsed = inviteSchema.safeParse({
    name: form.get('name'),
    email: form.get('email'),
    role: form.get('role'),
  })
  if (!parsed.success) return { error: parsed.error.issues[0]?.message }
  const payload = await getPayloadClient()
  try {
    await payload.create({
      collection: 'members',
      data: { ...parsed.data, password: randomBytes(24).toString('base64url'), accountStatus: 'active' },
      user: manager,
      overrideAccess: false,
    } as never)
  } catch (error) {
    const duplicate = /unique|already/i.test((error as Error).message)
    return {
      error: duplicate ? 'That email already has an account.' : 'The invitation could not be created.',
    }
  }
  // Sending the set-password link is Payload's own flow, not a read of anyone's data.
  await payload.forgotPassword({
    collection: 'members',
    data: { email: parsed.data.email },
    overrideAccess: true,
  })
  revalidatePath('/team')
  return { ok: `Invitation sent to ${parsed.data.email}.` }
}

const statusSchema = z.object({
  id: z.coerce.number().int().positive(),
  status: z.enum(['active', 'suspended']),
})

/**
 * Suspends or reactivates a colleague's login. A suspended member loses access on their next request. The
 * members' update access refuses a suspension by scheme staff (only the scheme lifts it); the team page
 * then shows that state, so a refusal needs no message of its own.
 */
export const setMemberStatusAction = async (form: FormData): Promise<void> => {
  const manager = await currentMember()
  if (manager?.role !== 'business-manager') return
  const parsed = statusSchema.safeParse({ id: form.get('id'), status: form.get('status') })
  if (!parsed.success || parsed.data.id === manager.id) return
  const payload = await getPayloadClient()
  try {
    await payload.update({
      collection: 'members',
      id: parsed.data.id,
      data: { accountStatus: parsed.data.status },
      user: manager,
      overrideAccess: false,
    })
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status !== 403 && status !== 404) throw error
    payload.logger.warn({ msg: 'Team status change refused', member: parsed.data.id, status })
  }
  revalidatePath('/team')
}
