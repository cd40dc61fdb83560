import { Pill } from '@payloadcms/ui'
import type { Likeness } from '@/collections/Offenders/duplicates/duplicateScore'
import styles from './ApprovalQueue.module.css'
import { likenessPercent } from './likenessPercent'

/** What a look-alike's score rests on: the overall likeness, then each signal that contributed. */
export const LookAlikeKicker = ({ likeness }: { likeness: Likeness }) => {
  const parts = [
    { label: 'Photo', value: likeness.photo },
    { label: 'Description', value: likeness.description },
    { label: 'Name', value: likeness.name },
  ].filter((part) => part.value >= 0.05)
  return (
    <div className={styles.pills}>
      <span className={styles.kickerLabel}>Looks {likenessPercent(likeness.score)} alike</span>
      {parts.map((part) => (
        <Pill key={part.label} size="small" pillStyle={part.value >= 0.5 ? 'success' : 'light-gray'}>
          {part.label} {likenessPercent(part.value)}
        </Pill>
      ))}
    </div>
  )
}
