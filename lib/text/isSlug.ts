/** A page slug as the slug fields store it: lower-case words joined by hyphens, at most 100 characters. */
export const isSlug = (value: string) => value.length <= 100 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
