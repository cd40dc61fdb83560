import { channelsOf, contrastRatio } from './contrastRatio'
import { isHexColour } from './isHexColour'

/** The colour the scheme has until staff choose one (and the colour an unreadable setting falls back to). */
export const defaultBrandColour = '#0b3d5c'

/** WCAG 2 AA for normal-size text. */
export const readableContrast = 4.5

export type BrandColours = {
  /** The chosen colour: header and button backgrounds, borders. */
  brand: string
  /** A shade for hover backgrounds, further from the text colour so the text stays readable. */
  brandDark: string
  /** Black or white, whichever reads better on `brand`: text on header and buttons. */
  onBrand: string
  /** The brand colour as text on a white page: `brand` itself, or darkened until it reads at AA. */
  brandInk: string
}

const hex = (channels: number[]) =>
  `#${channels.map((channel) => Math.round(channel).toString(16).padStart(2, '0')).join('')}`

/** `colour` mixed toward black by `amount` (0 keeps it, 1 is black). */
const darken = (colour: string, amount: number) =>
  hex(channelsOf(colour).map((channel) => channel * (1 - amount)))
/** `colour` mixed toward white by `amount`. */
const lighten = (colour: string, amount: number) =>
  hex(channelsOf(colour).map((channel) => channel + (255 - channel) * amount))

/**
 * The four colours the pages use, from the one colour staff choose. Text on the brand colour is black or
 * white by contrast (one of the two always reaches 4.5:1); brand-coloured text on white is darkened in
 * small steps until it reaches 4.5:1, so a light brand colour (yellow, say) never makes unreadable headings.
 */
export const brandColoursOf = (chosen: string | null | undefined): BrandColours => {
  const brand = isHexColour(chosen) ? chosen.toLowerCase() : defaultBrandColour
  const onBrand = contrastRatio(brand, '#ffffff') >= contrastRatio(brand, '#000000') ? '#ffffff' : '#000000'
  let brandInk = brand
  for (
    let amount = 0.05;
    contrastRatio(brandInk, '#ffffff') < readableContrast && amount <= 1;
    amount += 0.05
  )
    brandInk = darken(brand, amount)
  // Hover moves away from the text colour: darker under white text, lighter under black text.
  const brandDark = onBrand === '#ffffff' ? darken(brand, 0.3) : lighten(brand, 0.3)
  return { brand, brandDark, onBrand, brandInk }
}
