/**
 * Every generated icon, by the file name it is served under (`/icons/<name>`), and the favicon's sizes.
 * `apple-touch-icon` is opaque (iOS puts a transparent icon on black); the rest keep transparency. The
 * maskable icon (Android crops it to a circle, squircle…) is opaque with the image inside the middle 56%:
 * the largest square that fits the safe zone, a circle 80% of the icon's width.
 */
type IconSpec = { size: number; opaque: boolean; inner?: number }

export const appIcons = {
  'icon-32.png': { size: 32, opaque: false },
  'icon-192.png': { size: 192, opaque: false },
  'icon-512.png': { size: 512, opaque: false },
  'apple-touch-icon.png': { size: 180, opaque: true },
  'icon-maskable-512.png': { size: 512, opaque: true, inner: 0.56 },
} as const satisfies Record<string, IconSpec>

export type AppIconName = keyof typeof appIcons

export const isAppIconName = (name: string): name is AppIconName => Object.hasOwn(appIcons, name)

export const faviconSizes = [16, 32, 48] as const
