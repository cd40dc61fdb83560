import type { ReactNode } from 'react'
import { ColumnHeadings } from '@/components/shared/ColumnHeadings'

/** A chart's numbers as a table only screen readers see: the caption, a heading per column, then `children` rows. */
export const ChartTable = ({
  caption,
  columns,
  children,
}: {
  caption: string
  columns: readonly string[]
  children: ReactNode
}) => (
  <table className="sr-only">
    <caption>{caption}</caption>
    <ColumnHeadings names={columns} />
    <tbody>{children}</tbody>
  </table>
)
