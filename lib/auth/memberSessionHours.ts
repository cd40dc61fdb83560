/** A shift, not a month: phones behind tills get lost. Matches the members collection's token expiry. */
export const memberSessionHours = 8
