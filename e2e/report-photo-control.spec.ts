import { devices, expect, test } from '@playwright/test'
import sharp from 'sharp'
import { expectAccessible, signInAndWait } from './helpers'

test.use({ ...devices['Pixel 7'] })

const photo = async (name: string, background: string) => ({
  name,
  mimeType: 'image/jpeg',
  buffer: await sharp({ create: { width: 320, height: 240, channels: 3, background } })
    .jpeg()
    .toBuffer(),
})

test('photos are chosen with a large labelled control, shown as thumbnails and removed one at a time', async ({
  page,
}) => {
  await signInAndWait(page, 'member@ntars.test')
  await page.goto('/report')
  // The type buttons and the description each have their own question.
  await expect(page.getByRole('group', { name: 'What kind of incident?' })).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'What happened?' })).toBeVisible()

  // The bare file control is hidden; the big control names it and the keyboard still reaches it.
  const input = page.getByLabel('Take photo or choose photos')
  await expect(page.getByText('Take photo or choose photos')).toBeVisible()
  await expect(input).toHaveAttribute('type', 'file')
  await expect(input).toHaveAttribute('accept', 'image/*')
  await page.getByRole('textbox', { name: 'What happened?' }).focus()
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Photos (optional)')).toBeFocused()

  await input.setInputFiles([await photo('till-1.jpg', '#335577'), await photo('till-2.jpg', '#775533')])
  await expect(page.getByText('2 photos attached.')).toBeVisible()
  const chosen = page.getByRole('list', { name: 'Chosen photos' })
  await expect(chosen.getByRole('img')).toHaveCount(2)
  await expect(chosen.getByRole('img', { name: 'till-1.jpg' })).toBeVisible()
  await expectAccessible(page)

  await page.getByRole('button', { name: 'Remove photo 1 (till-1.jpg)' }).click()
  await expect(page.getByText('1 photo attached.')).toBeVisible()
  await expect(chosen.getByRole('img')).toHaveCount(1)
  await expect(chosen.getByRole('img', { name: 'till-2.jpg' })).toBeVisible()

  // The same photo can be chosen again after it was removed; the control now offers to add more.
  await expect(page.getByText('Add more photos')).toBeVisible()
  await page.getByLabel('Photos (optional)').setInputFiles([await photo('till-1.jpg', '#335577')])
  await expect(page.getByText('2 photos attached.')).toBeVisible()
  await page.getByRole('button', { name: /Remove photo 2/ }).click()
  await page.getByRole('button', { name: /Remove photo 1/ }).click()
  await expect(page.getByRole('list', { name: 'Chosen photos' })).toHaveCount(0)
  await expect(page.getByText('Take photo or choose photos')).toBeVisible()
})
