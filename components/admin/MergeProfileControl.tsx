'use client'
import { Banner, Button, ConfirmationModal, RelationshipInput, toast, useModal } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { mergeProfilesAction } from '@/features/proposals/mergeProfilesAction'

type Picked = { id: number; label: string } | null

const idOf = (value: unknown): number | null => {
  const raw = typeof value === 'object' && value !== null ? (value as { value?: unknown }).value : value
  const id = Number(raw)
  return Number.isInteger(id) && id > 0 ? id : null
}

/** The picked profile's name for the confirmation, read as the signed-in staff member. */
const nameOf = async (id: number): Promise<string> => {
  const response = await fetch(`/api/offenders/${id}?depth=0&select[displayName]=true`, {
    credentials: 'same-origin',
  }).catch(() => null)
  const doc = response?.ok ? ((await response.json()) as { displayName?: string }) : null
  return doc?.displayName ? `${doc.displayName} (#${id})` : `profile #${id}`
}

/**
 * Picks another profile (Payload's own relationship picker), asks for confirmation, then merges the
 * picked profile into this one: its reports, photos, recognitions and names move here and it is deleted.
 */
export const MergeProfileControl = ({
  profileId,
  profileName,
}: {
  profileId: number
  profileName: string
}) => {
  const [picked, setPicked] = useState<Picked>(null)
  const [error, setError] = useState<string | null>(null)
  const { openModal } = useModal()
  const router = useRouter()
  const modalSlug = `merge-profile-${profileId}`

  const merge = async () => {
    if (!picked) return
    const result = await mergeProfilesAction(profileId, picked.id)
    if (!result.ok) {
      setError(result.error)
      return
    }
    setError(null)
    setPicked(null)
    toast.success(`Merged ${picked.label} into ${profileName}.`)
    router.refresh()
  }

  return (
    <div className="field-type" data-testid="merge-profile">
      <RelationshipInput
        path="mergeProfileWith"
        label="Merge with another profile"
        description="The chosen profile’s reports, photos and names move to this one, and it is deleted."
        relationTo={['offenders']}
        hasMany={false}
        allowCreate={false}
        allowEdit={false}
        value={picked ? { relationTo: 'offenders', value: picked.id } : null}
        filterOptions={{ offenders: { id: { not_equals: profileId }, status: { not_equals: 'rejected' } } }}
        onChange={(value) => {
          const id = idOf(value)
          setError(null)
          setPicked(id ? { id, label: `profile #${id}` } : null)
          if (id) void nameOf(id).then((label) => setPicked((now) => (now?.id === id ? { id, label } : now)))
        }}
      />
      {error ? <Banner type="error">{error}</Banner> : null}
      <Button buttonStyle="secondary" size="small" disabled={!picked} onClick={() => openModal(modalSlug)}>
        Merge into this profile…
      </Button>
      <ConfirmationModal
        modalSlug={modalSlug}
        heading="Merge these profiles?"
        body={
          <p>
            {picked?.label ?? 'The chosen profile'} will be merged into {profileName}: its reports, photos,
            recognitions and names move here, and it is deleted. This cannot be undone.
          </p>
        }
        confirmLabel="Merge"
        confirmingLabel="Merging…"
        onConfirm={merge}
      />
    </div>
  )
}
