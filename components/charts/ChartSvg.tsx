import type { ReactNode } from 'react'

/**
 * A chart's drawing: one image to assistive technology, named by a sentence that gives its gist (the
 * screen-reader table has every number). Scales down to its container's width, keeping its proportions.
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
    // Never drawn larger than its own units, so text stays at its set size on wide screens instead of
    // ballooning; a chart meant for a wide screen is given a wider drawing.
    style={{ maxWidth: `${width}px`, display: 'block' }}
  >
    {children}
  </svg>
)
