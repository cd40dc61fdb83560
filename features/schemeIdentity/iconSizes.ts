/**
 * Every generated icon, by the file name it is served under (`/icons/<name>`), and the favicon's sizes.
 * `apple-touch-icon` is opaque (iOS puts a transparent icon on black); the rest keep transparency.
 */
export const appIcons = {
  'icon-32.png': { size: 32, opaque: false },
  'icon-192.png': { size: 192, opaque: false },
  'icon-512.png': { size: 512, opaque: false },
  'apple-touch-icon.png': { size: 180, opaque: true },
} as const

export type AppIconName = keyof typeof appIcons

export const isAppIconName = (name: string): name is AppIconName => Object.hasOwn(appIcons, name)

export const faviconSizes = [16, 32, 48] as const
