/** A cell the reader could not turn into text (a formula with no saved result), by 0-based position. */
export type CellProblem = { position: number; message: string }

/** One row of a file as read, before its header is known: its number as the spreadsheet shows it. */
export type GridRow = { row: number; cells: string[]; problems?: CellProblem[] }
