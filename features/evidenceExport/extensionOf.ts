/** A file extension for a stored file's media type, for the names inside the ZIP. */
export const extensionOf = (mediaType: string | null | undefined): string =>
  (
    ({
      'image/webp': 'webp',
      'image/jpeg': 'jpg',
      'image/png': 'png',
      'image/avif': 'avif',
      'application/pdf': 'pdf',
    }) as Record<string, string>
  )[mediaType ?? ''] ?? 'bin'
