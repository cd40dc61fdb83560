import type { SchemeImage } from '@/lib/settings/schemeImageOf'

/**
 * The scheme's logo beside its name in a header. Decorative there (`alt=""`): the name next to it says the
 * same, and a screen reader should not read it twice. Nothing when no logo is set.
 */
export const SchemeLogo = ({ logo }: { logo: SchemeImage | null }) =>
  logo ? (
    // biome-ignore lint/performance/noImgElement: a 32 px public media image; the optimiser adds nothing
    <img
      src={logo.url}
      alt=""
      className="h-8 w-auto"
      height={32}
      width={logo.width && logo.height ? Math.round((32 * logo.width) / logo.height) : 32}
    />
  ) : null
