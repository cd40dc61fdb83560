import type { UIFieldServerComponent } from 'payload'
import { profilesWithOpenPoliceCase } from '@/features/retention/profilesWithOpenPoliceCase'
import { readRetentionRules } from '@/features/retention/readRetentionRules'
import { retentionCountdown } from '@/features/retention/retentionCountdown'
import type { RetentionProfile } from '@/features/retention/retentionProfile'

const toneColour = {
  gallery: 'var(--theme-elevation-800)',
  deletion: 'var(--theme-error-500)',
  held: 'var(--theme-warning-500)',
  none: 'var(--theme-elevation-500)',
}

/**
 * The profile's retention countdown in the admin sidebar (staff only: the members' site never shows it).
 * Worked out from the form's document data and the scheme's settings with the same function the nightly
 * job's rules use; only the open police case needs a query, asked as the staff member viewing.
 */
export const RetentionCountdown: UIFieldServerComponent = async ({ data, id, req }) => {
  const rules = await readRetentionRules(req)
  const offenderId = Number(id)
  const openCase =
    Number.isInteger(offenderId) && offenderId > 0
      ? (await profilesWithOpenPoliceCase(req, [offenderId], false)).has(offenderId)
      : false
  const countdown = retentionCountdown((data ?? {}) as RetentionProfile, rules, new Date(), openCase)
  return (
    <div className="field-type" data-testid="retention-countdown">
      <span className="field-label">Retention</span>
      {countdown.lines.map((line) => (
        <p key={line} style={{ margin: '0 0 0.5rem', color: toneColour[countdown.tone] }}>
          {line}
        </p>
      ))}
    </div>
  )
}
