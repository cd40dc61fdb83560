import type { ReactNode } from 'react'

/**
 * A chart's drawing: one image to assistive technology, named by a sentence that gives its gist (the
 * screen-reader table has every number). Scales to its container's width, keeping its proportions.
 */
export const ChartSvg = ({
  summary,
  width,
  height,
  fontSize,
  children,
}: {
  summary: string
  /** The drawing's size in viewBox units. */
  width: number
  height: number
  fontSize: number
  children: ReactNode
}) => (
  <svg
    role="img"
    aria-label={summary}
    viewBox={`0 0 ${width} ${height}`}
    width="100%"
    preserveAspectRatio="xMinYMin meet"
    fontSize={fontSize}
  >
    {children}
  </svg>
)
