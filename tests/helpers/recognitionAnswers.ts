/**
 * The answers a member's recognition must carry (collections/Recognitions/rules/turnbullChoices.ts), for
 * one seen in person: fixtures spread them into a recognition a member creates.
 */
export const inPersonRecognitionAnswers = {
  source: 'in-person',
  knownFor: 'over-year',
  howWell: 'spoken-to',
  howOften: 'many-times',
  lastSeenBefore: 'within-month',
  viewingTime: 'under-minute',
  distance: '2-5m',
  lighting: 'daylight',
  obstructions: 'none',
} as const
