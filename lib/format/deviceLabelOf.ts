/**
 * A short, human name for a device from its user agent ("Chrome on Android"), so a member can tell their
 * devices apart. Only the browser and the system: never the full user agent, which fingerprints the device.
 */
export const deviceLabelOf = (userAgent: string | null | undefined): string => {
  const ua = userAgent ?? ''
  const system = /iPhone|iPad|iPod/.test(ua)
    ? 'iPhone or iPad'
    : /Android/.test(ua)
      ? 'Android'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X|Macintosh/.test(ua)
          ? 'Mac'
          : /Linux/.test(ua)
            ? 'Linux'
            : 'an unknown system'
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /SamsungBrowser/.test(ua)
      ? 'Samsung Internet'
      : /Firefox\//.test(ua)
        ? 'Firefox'
        : /Chrome\/|CriOS\//.test(ua)
          ? 'Chrome'
          : /Safari\//.test(ua)
            ? 'Safari'
            : 'A browser'
  return `${browser} on ${system}`
}
