'use client'
import { Button, TextareaInput } from '@payloadcms/ui'
import { useActionState, useState } from 'react'
import { type RejectState, rejectProposal } from '@/features/proposals/rejectProposal'
import styles from './ApprovalQueue.module.css'

/**
 * The reason and its Reject button, together: the reason is required, and the server's answer (a missing
 * reason, a proposal someone else has just decided) shows under it, announced to screen readers.
 */
export const RejectProposalForm = ({ id, nextId }: { id: number; nextId: number | null }) => {
  const [state, formAction, pending] = useActionState<RejectState, FormData>(rejectProposal, {})
  const [reason, setReason] = useState('')
  return (
    <form action={formAction} className={styles.reject} noValidate>
      <input type="hidden" name="id" value={id} />
      {nextId ? <input type="hidden" name="next" value={nextId} /> : null}
      <TextareaInput
        path="reason"
        label="Reason for rejecting"
        required
        rows={2}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        showError={Boolean(state.error)}
        Error={
          <p className={styles.error} role="alert">
            {state.error ?? ''}
          </p>
        }
      />
      <Button type="submit" buttonStyle="secondary" size="medium" margin={false} disabled={pending}>
        Reject
      </Button>
    </form>
  )
}
