/** Money on a report, in pounds: never negative, and at most a sum that catches a mistyped extra 000. */
export const incidentValueLimits = { min: 0, max: 1_000_000 } as const

export const recoveredAboveLostMessage = 'Value recovered cannot be more than value lost.'

/** Whether a report says more was recovered than was lost; either amount missing is no conflict. */
export const isRecoveredAboveLost = (lost: unknown, recovered: unknown): boolean =>
  typeof lost === 'number' && typeof recovered === 'number' && recovered > lost
