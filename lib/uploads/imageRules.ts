/** What the app accepts as an image, public or private: raster formats only (never SVG or XML). */
export const allowedImageMimeTypes = ['image/jpeg', 'image/png', 'image/webp']
export const allowedSharpFormats = ['jpeg', 'png', 'webp']
export const maxUploadBytes = 10 * 1024 * 1024
/** A decompression-bomb guard: no phone camera makes more pixels than this. */
export const maxImagePixels = 50_000_000
