import { devices, expect, test } from '@playwright/test'
import sharp from 'sharp'
import { signInAndWait } from './helpers'

test.use({ ...devices['Pixel 7'] })

/** A photo straight off a phone camera: 4000 × 3000 with detail, several MB, over the default 1 MB limit. */
const cameraPhoto = async () => {
  const width = 4000
  const height = 3000
  const pixels = Buffer.alloc(width * height * 3)
  let seed = 11
  for (let index = 0; index < pixels.length; index++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    pixels[index] = seed & 0xff
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 70 })
    .toBuffer()
}

test('a full-size phone photo is shrunk on the phone and the report with it is sent', async ({ page }) => {
  const photo = await cameraPhoto()
  expect(photo.length).toBeGreaterThan(3 * 1024 * 1024)
  await signInAndWait(page, 'shopmanager@ntars.test')
  await page.goto('/report')
  await page.getByText('Theft', { exact: true }).click()
  await page.getByLabel('What happened?').fill('Took a handbag from the display stand.')
  await page
    .getByLabel('Photos (optional)')
    .setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: photo })
  await expect(page.getByText('1 photo attached.')).toBeVisible()
  await page.getByRole('button', { name: 'Send report' }).click()
  const status = page.getByRole('status')
  await expect(status).toContainText('Report sent', { timeout: 30_000 })
  await page.getByRole('link', { name: 'My reports' }).last().click()
  await page
    .getByRole('link', { name: /handbag|NT-/ })
    .first()
    .click()
  await expect(page.getByRole('img', { name: /Evidence \d+ from this report/ })).toBeVisible()
})
