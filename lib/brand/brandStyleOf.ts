import { brandColoursOf } from './brandColoursOf'

/**
 * The CSS that puts the scheme's colours into the pages: Tailwind's theme variables (`bg-brand`,
 * `text-on-brand`, `text-brand-ink`…) read these custom properties, so overriding them on `:root` recolours
 * every utility without rebuilding the stylesheet. Only hex colours reach here (brandColoursOf), so the
 * text is safe inside a `<style>` element.
 */
export const brandStyleOf = (chosen: string | null | undefined): string => {
  const colours = brandColoursOf(chosen)
  return `:root{--color-brand:${colours.brand};--color-brand-dark:${colours.brandDark};--color-on-brand:${colours.onBrand};--color-brand-ink:${colours.brandInk}}`
}
