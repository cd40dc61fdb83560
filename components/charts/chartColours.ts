/**
 * Chart colours, chosen for contrast on white: text is slate-700 (#334155, 10.4:1) or slate-900, bars
 * are the brand navy (#0b3d5c, 11.6:1), so values stay readable for low-vision users and in print.
 */
export const chartColours = {
  bar: '#0b3d5c',
  /** The unfilled track behind a bar, showing the scale; decoration only. */
  track: '#e2e8f0',
  /** Axis and grid lines: slate-500, at least 3:1 against white for non-text contrast. */
  axis: '#64748b',
  text: '#334155',
  strongText: '#0f172a',
  /** Heatmap cells with no incidents: slate-100 so the grid stays visible. */
  emptyCell: '#f1f5f9',
} as const
