/** An evidence file (or one of its sizes) through Payload's access-checked file route. */
export const evidenceFileUrl = (filename: string) => `/api/evidence/file/${encodeURIComponent(filename)}`
