import { brandColoursOf } from '@/lib/brand/brandColoursOf'

/**
 * The built-in icon for a scheme with no logo or icon uploaded: a shield in the brand colour with a tick in
 * its text colour. Shapes only, no lettering, so it renders the same without any fonts installed.
 */
export const fallbackIconSvg = (brandColour: string | null | undefined): string => {
  const { brand, onBrand } = brandColoursOf(brandColour)
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
<path d="M256 28 L448 92 V236 C448 356 368 446 256 486 C144 446 64 356 64 236 V92 Z" fill="${brand}"/>
<path d="M168 262 L232 326 L352 196" fill="none" stroke="${onBrand}" stroke-width="44" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`
}
