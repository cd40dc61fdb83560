import type { UIFieldServerProps } from 'payload'
import { hasStaffRole } from '@/access/staff'
import { formatLongDate } from '@/lib/format/formatLongDate'
import { storedRecoveryCodes } from '@/lib/staffAuth/findUnusedRecoveryCode'
import type { SecondFactorRecord } from '@/lib/staffAuth/types'
import { ClearSecondFactorButton } from './ClearSecondFactorButton'

/**
 * On a staff account's edit view: whether its second factor is set up and how many recovery codes are left
 * (never the secret or the codes), with a reset button for admins.
 */
export const SecondFactorAdminField = async ({ id: docId, data, payload, req }: UIFieldServerProps) => {
  const id = Number(docId ?? data?.id)
  if (!Number.isInteger(id) || id <= 0) return null
  const account = await payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    select: { secondFactor: true },
    showHiddenFields: true,
    disableErrors: true,
    // The factor group is readable by nobody through the API; this server component shows only whether
    // it is set up, and only on an account the viewer could already open (users read access).
    overrideAccess: true,
  })
  const factor = (account?.secondFactor ?? {}) as SecondFactorRecord
  const left = storedRecoveryCodes(factor.recoveryCodes).filter((code) => !code.usedAt).length
  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <h3>Second factor</h3>
      <p>
        {factor.enabledAt && factor.secret
          ? `Authenticator app set up on ${formatLongDate(factor.enabledAt)}; ${left} recovery codes left.`
          : 'Not set up yet: set up at the next sign-in.'}
      </p>
      {hasStaffRole(req, 'admin') && factor.secret ? <ClearSecondFactorButton userId={id} /> : null}
    </div>
  )
}
