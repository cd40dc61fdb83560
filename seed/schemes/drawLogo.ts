import sharp from 'sharp'

/**
 * A fictional scheme's logo: simple shapes in its colours, drawn locally as a PNG (no downloads, no
 * lettering, so it renders the same with no fonts installed). `mark` is an SVG path on a 512 × 512 grid.
 */
export const drawLogo = async ({
  ground,
  mark,
  markColour,
}: {
  ground: string
  mark: string
  markColour: string
}) => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <rect width="512" height="512" rx="96" fill="${ground}"/>
  <path d="${mark}" fill="none" stroke="${markColour}" stroke-width="36" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}
