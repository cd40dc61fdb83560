import type { Page } from '@playwright/test'
import sharp from 'sharp'

/** Two made-up CCTV stills, chosen in the report form so its thumbnails show in the capture. */
export const choosePhotos = async (page: Page) => {
  const still = (background: string) =>
    sharp({ create: { width: 640, height: 480, channels: 3, background } })
      .jpeg()
      .toBuffer()
  await page.getByLabel('Take photo or choose photos').setInputFiles([
    { name: 'till-camera.jpg', mimeType: 'image/jpeg', buffer: await still('#4a6572') },
    { name: 'door-camera.jpg', mimeType: 'image/jpeg', buffer: await still('#8d6e63') },
  ])
  await page.getByText('2 photos attached.').waitFor()
}
