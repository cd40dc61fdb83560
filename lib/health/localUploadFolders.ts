import type { Payload } from 'payload'

/**
 * The folders Payload writes uploads to, by collection slug: each upload collection's `staticDir`, unless
 * its files go to a cloud store (the UploadThing plugin sets `disableLocalStorage`).
 */
export const localUploadFolders = (payload: Pick<Payload, 'collections'>): Record<string, string> => {
  const folders: Record<string, string> = {}
  for (const [slug, { config }] of Object.entries(payload.collections)) {
    const upload = config.upload
    if (upload && !upload.disableLocalStorage && upload.staticDir) folders[slug] = upload.staticDir
  }
  return folders
}
