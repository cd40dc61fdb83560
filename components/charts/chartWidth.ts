/**
 * Every chart's width in viewBox units. 400 renders at about 0.8–1× on a phone, so 12–14-unit text stays
 * legible; ChartFigure caps the width on big screens so it never balloons.
 */
export const chartWidth = 400
