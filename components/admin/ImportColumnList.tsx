/** The columns an import file may have: each header, whether it is required, and what goes in it. */
export const ImportColumnList = ({
  columns,
}: {
  columns: readonly { header: string; help: string; required?: boolean }[]
}) => (
  <dl>
    {columns.map((column) => (
      <div key={column.header}>
        <dt>
          <strong>{column.header}</strong>
          {column.required ? ' (required)' : ''}
        </dt>
        <dd>{column.help}</dd>
      </div>
    ))}
  </dl>
)
