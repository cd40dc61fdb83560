/**
 * Chart colours as CSS variables with fallbacks, applied through `style` (SVG attributes cannot read
 * variables). The fallbacks are the members' light page: text slate-700 (#334155, 10.4:1 on white) or
 * slate-900, bars the brand navy (#0b3d5c, 11.6:1). The admin sets the variables from Payload's theme
 * (app/(payload)/custom.css), so the same charts stay readable in its light and dark themes.
 */
export const chartColours = {
  bar: 'var(--ntars-chart-bar, #0b3d5c)',
  /** The unfilled track behind a bar, showing the scale; decoration only. */
  track: 'var(--ntars-chart-track, #e2e8f0)',
  /** Axis and grid lines: slate-500, at least 3:1 against white for non-text contrast. */
  axis: 'var(--ntars-chart-axis, #64748b)',
  text: 'var(--ntars-chart-text, #334155)',
  strongText: 'var(--ntars-chart-strong-text, #0f172a)',
  /** Heatmap cells with no incidents: slate-100 so the grid stays visible. */
  emptyCell: 'var(--ntars-chart-empty-cell, #f1f5f9)',
  /** The chart's ground, for the gaps between heatmap cells. */
  surface: 'var(--ntars-chart-surface, #ffffff)',
} as const
