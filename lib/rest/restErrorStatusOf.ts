import { isDataException } from './databaseErrorCodeOf'

/** The status a REST error is answered with: a value that does not fit its field is a 400. */
export const restErrorStatusOf = (error: unknown): number =>
  isDataException(error) ? 400 : ((error as { status?: number }).status ?? 500)
