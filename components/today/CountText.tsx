import type { ShownCount } from '@/features/today/shownCount'

/** A count, or "fewer than N" (with a fuller reading for screen readers) under the small-cell rule. */
export const CountText = ({ count }: { count: ShownCount }) =>
  'exactly' in count ? (
    count.exactly
  ) : (
    <>
      <span aria-hidden="true">&lt;&nbsp;{count.fewerThan}</span>
      <span className="sr-only">fewer than {count.fewerThan}</span>
    </>
  )
