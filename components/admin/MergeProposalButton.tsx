'use client'
import { Button, ConfirmationModal, useModal } from '@payloadcms/ui'
import { useRef } from 'react'

/**
 * "Same person: merge" in the approval queue. A merge deletes the proposal and cannot be undone, so the
 * button asks first (as the merge on a profile's edit page does); confirming submits the form it sits in.
 */
export const MergeProposalButton = ({
  proposalId,
  survivorId,
  survivorName,
}: {
  proposalId: number
  survivorId: number
  survivorName: string
}) => {
  const anchor = useRef<HTMLSpanElement>(null)
  const { openModal } = useModal()
  const modalSlug = `merge-proposal-${proposalId}-into-${survivorId}`
  return (
    <span ref={anchor}>
      <Button
        type="button"
        buttonStyle="secondary"
        size="small"
        margin={false}
        aria-label={`Same person: merge into ${survivorName}`}
        onClick={() => openModal(modalSlug)}
      >
        Same person: merge
      </Button>
      <ConfirmationModal
        modalSlug={modalSlug}
        heading="Merge this proposal?"
        body={
          <p>
            The proposal will be merged into {survivorName}: its reports, photos and names move there, and the
            proposal is deleted. This cannot be undone.
          </p>
        }
        confirmLabel="Merge"
        confirmingLabel="Merging…"
        onConfirm={() => anchor.current?.closest('form')?.requestSubmit()}
      />
    </span>
  )
}
