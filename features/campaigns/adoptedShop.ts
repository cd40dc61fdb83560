/** One adopted shop as the public page shows it: never more than these fields. */
export type AdoptedShop = {
  id: number
  name: string
  category: string
  /** The shop's first address line, e.g. "12 Mercer Street". */
  street: string
  officer: string
}
