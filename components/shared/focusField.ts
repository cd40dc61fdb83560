const controls = 'input, select, textarea, button'

/**
 * Brings the control with this id (or the first control inside the element with it, e.g. a fieldset) into
 * view and focuses it, opening a closed `<details>` around it. False when the page has no such element.
 */
export const focusField = (id: string): boolean => {
  const target = document.getElementById(id)
  if (!target) return false
  const control = target.matches(controls) ? target : (target.querySelector<HTMLElement>(controls) ?? target)
  const details = control.closest('details')
  if (details) details.open = true
  target.scrollIntoView({ block: 'center' })
  control.focus({ preventScroll: true })
  return true
}
