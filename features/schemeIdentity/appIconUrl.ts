import type { AppIconName } from './iconSizes'

/** Where each generated icon and the manifest are served, with the settings' version for long caching. */
export const appIconUrl = (name: AppIconName, version: string) => `/icons/${name}?v=${version}`
export const faviconUrl = (version: string) => `/favicon.ico?v=${version}`
export const manifestUrl = (version: string) => `/site.webmanifest?v=${version}`
