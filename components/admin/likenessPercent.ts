/** A likeness (0 to 1) as staff read it: "92%". */
export const likenessPercent = (value: number) => `${Math.round(value * 100)}%`
