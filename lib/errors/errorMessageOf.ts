/**
 * The message to show for an error the Local API threw: a validation message from the collection (written
 * for the person acting, as in collections/WitnessStatements/hooks), else the fallback. Never the error's
 * own text otherwise, which can carry query details.
 */
export const errorMessageOf = (error: unknown, fallback: string): string => {
  const errors = (error as { data?: { errors?: { message?: unknown }[] } })?.data?.errors
  const first = errors?.[0]?.message
  return typeof first === 'string' && first ? first : fallback
}
