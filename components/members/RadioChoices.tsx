/** A fieldset of radio buttons, one answer from a short list, with one chosen to start with. */
export const RadioChoices = ({
  legend,
  name,
  choices,
  defaultValue,
}: {
  legend: string
  name: string
  choices: readonly (readonly [value: string, label: string])[]
  defaultValue: string
}) => (
  <fieldset>
    <legend className="font-medium">{legend}</legend>
    {choices.map(([value, label]) => (
      <label key={value} className="mr-4 inline-flex items-center gap-1">
        <input type="radio" name={name} value={value} defaultChecked={value === defaultValue} /> {label}
      </label>
    ))}
  </fieldset>
)
