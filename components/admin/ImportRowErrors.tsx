import type { RowResult } from '@/features/imports/importResult'

/** One row's problems, column by column ("Column F (Date)" when the file's letter is known), or OK. */
export const ImportRowErrors = ({ row }: { row: RowResult }) =>
  row.errors.length ? (
    <ul>
      {row.errors.map((error) => (
        <li key={`${error.column}:${error.message}`}>
          <strong>{error.letter ? `Column ${error.letter} (${error.column})` : error.column}:</strong>{' '}
          {error.message}
        </li>
      ))}
    </ul>
  ) : (
    <>OK</>
  )
