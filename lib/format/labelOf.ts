/** The label of a select option value, or the value itself when it is not in the list. */
export const labelOf = (
  options: readonly { label: string; value: string }[],
  value: string | null | undefined,
) => options.find((option) => option.value === value)?.label ?? value ?? ''
