/** One of the audit filters' drop-downs: "any" first, then each value under its own name. */
export const AuditFilterSelect = ({
  label,
  name,
  value,
  anyLabel = 'Any',
  options,
}: {
  label: string
  name: string
  value?: string
  /** The first choice, which leaves the filter off. */
  anyLabel?: string
  options: readonly string[]
}) => (
  <label>
    {label}
    <select name={name} defaultValue={value ?? ''}>
      <option value="">{anyLabel}</option>
      {options.map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
    </select>
  </label>
)
