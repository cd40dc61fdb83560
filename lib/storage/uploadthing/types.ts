/**
 * Who may read a file straight from UploadThing's CDN. We store everything `private`: files are only ever
 * served through Payload's access-checked file route, which fetches them server-side with a signed URL.
 */
export type UploadthingACL = 'private' | 'public-read'

/**
 * Where UTApi sends its requests. Unset in production (UploadThing's defaults apply); tests point them at the
 * local stand-in. Each may also come from the environment (`UPLOADTHING_API_URL`, `UPLOADTHING_INGEST_URL`,
 * `UPLOADTHING_UFS_HOST`, `UPLOADTHING_UFS_APP_ID_LOCATION`), which UTApi reads itself; options win.
 */
export interface UploadthingEndpoints {
  /** The REST API (delete, list, …). Default `https://api.uploadthing.com`. */
  apiUrl?: string
  /** Where file bytes are PUT. Default `https://<region>.<ingestHost from the token>`. */
  ingestUrl?: string
  /** The file CDN host signed download URLs point at. Default `ufs.sh`; a host containing "local" uses http. */
  ufsHost?: string
  /** `subdomain`: `https://<appId>.<ufsHost>/f/<key>` (default); `path`: `<ufsHost>/a/<appId>/<key>`. */
  ufsAppIdLocation?: 'path' | 'subdomain'
}

export interface UploadthingAdapterOptions {
  /** The v7 `UPLOADTHING_TOKEN` (base64 JSON with apiKey, appId, regions). Never logged. */
  token: string
  /** Default `private`. */
  acl?: UploadthingACL
  endpoints?: UploadthingEndpoints
  /** How long the signed URL used for one server-side download lives. Default 60 seconds. */
  signedUrlTtlSeconds?: number
  /** Payload's API route, for the file URLs this adapter hands out. Default `/api`. */
  apiRoute?: string
}
