/** "1 month", "12 months": the privacy notice quotes periods from the settings. */
export const months = (count: number) => (count === 1 ? '1 month' : `${count} months`)
