import type { ReactNode } from 'react'

type ChartFigureProps = {
  caption: string
  /** Shown instead of the chart when there is nothing to draw. */
  isEmpty: boolean
  emptyMessage?: string
  children: ReactNode
}

/**
 * The frame every chart shares: a figure named by its visible caption, and a plain sentence instead of
 * an empty grid when there is no data (an empty chart reads as "broken", a sentence reads as "none").
 * The `ntars-chart` classes style it in the admin, which has no Tailwind (app/(payload)/custom.css).
 */
export const ChartFigure = ({
  caption,
  isEmpty,
  emptyMessage = 'Nothing to show yet.',
  children,
}: ChartFigureProps) => (
  <figure className="ntars-chart w-full max-w-3xl rounded-lg border border-slate-200 bg-white p-3 sm:p-4">
    <figcaption className="ntars-chart-caption mb-3 text-sm font-semibold text-slate-900">
      {caption}
    </figcaption>
    {isEmpty ? <p className="ntars-chart-empty text-sm text-slate-700">{emptyMessage}</p> : children}
  </figure>
)
