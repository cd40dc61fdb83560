/** A fieldset of radio buttons, one answer from a short list, with one chosen to start with. */
export const RadioChoices = ({
  legend,
  name,
  choices,
  defaultValue,
  onChoose,
}: {
  legend: string
  name: string
  choices: readonly (readonly [value: string, label: string])[]
  defaultValue: string
  /** Told the value chosen, for a form that shows questions depending on the answer. */
  onChoose?: (value: string) => void
}) => (
  <fieldset>
    <legend className="font-medium">{legend}</legend>
    {choices.map(([value, label]) => (
      <label key={value} className="mr-4 inline-flex items-center gap-1">
        <input
          type="radio"
          name={name}
          value={value}
          defaultChecked={value === defaultValue}
          onChange={onChoose ? () => onChoose(value) : undefined}
        />{' '}
        {label}
      </label>
    ))}
  </fieldset>
)
