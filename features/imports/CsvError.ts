/** A file that cannot be read as CSV at all (as opposed to a row with bad values): the message is for staff. */
export class CsvError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CsvError'
  }
}
