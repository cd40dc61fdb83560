import sharp from 'sharp'

/** Six 1024×768 JPEGs of noise, different enough not to be one file: the photos soak reports carry. */
export const soakPhotos = (): Promise<Buffer[]> =>
  Promise.all(
    Array.from({ length: 6 }, (_, index) =>
      sharp({
        create: {
          width: 1024,
          height: 768,
          channels: 3,
          background: '#000000',
          noise: { type: 'gaussian', mean: 90 + index * 20, sigma: 40 },
        },
      })
        .jpeg({ quality: 82 })
        .toBuffer(),
    ),
  )
