import { expect, test } from '@playwright/test'
import { expectAccessible, signIn, signInAndWait, staffToken } from './helpers'

test.describe.configure({ mode: 'serial' })

const firstName = `Quillon${Date.now().toString(36)}`
let profileId = 0
let alertId = 0

/**
 * "In town now" (docs/push-alerts.md): police send an alert from a gallery profile; a member it was sent to
 * opens /alerts/<id> (signing in first when the link came from a notification) and sees who; a member of a
 * business outside the audience sees nothing.
 */
test('police send "in town now" from a profile', async ({ page }) => {
  const headers = await staffToken(page)
  const profile = await page.request.post('/api/offenders', {
    headers,
    data: { firstName, lastName: 'Example', gallery: 'known', status: 'approved' },
  })
  expect(profile.status()).toBe(201)
  profileId = ((await profile.json()) as { doc: { id: number } }).doc.id
  await page.context().clearCookies()

  await page.setViewportSize({ width: 390, height: 844 })
  await signInAndWait(page, 'police@ntars.test')
  await page.goto(`/offenders/${profileId}`)
  await page.getByLabel('Seen at').fill('the bus station')
  await page.getByLabel('Businesses in one postcode area').check()
  await page.getByRole('textbox', { name: 'Postcode area' }).fill('NB1 1')
  await expectAccessible(page)
  await page.getByRole('button', { name: 'Send “in town now”' }).click()
  await expect(page.getByRole('status')).toContainText('Sent to')
  await page.context().clearCookies()

  const latest = await page.request.get('/api/town-alerts?sort=-sentAt&limit=1&depth=0', {
    headers: await staffToken(page),
  })
  const { docs } = (await latest.json()) as { docs: { id: number; offender: number; place: string }[] }
  expect(docs[0]).toMatchObject({ offender: profileId, place: 'the bus station' })
  alertId = docs[0]?.id ?? 0
  await page.context().clearCookies()
})

test('a member in the audience signs in from the notification and sees who', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto(`/alerts/${alertId}?via=push`)
  await expect(page).toHaveURL(/\/sign-in\?next=/)
  await page.getByLabel('Email').fill('member@ntars.test')
  await page.getByLabel('Password').fill(process.env.DEMO_PASSWORD || 'ntars-demo-2026')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(new RegExp(`/alerts/${alertId}`))
  await expect(page.getByRole('heading', { level: 1 })).toContainText(firstName)
  await expect(page.getByText('the bus station')).toBeVisible()
  await expectAccessible(page)

  await page.goto('/account')
  await expect(page.getByRole('heading', { name: 'Notifications on this device' })).toBeVisible()
  await expectAccessible(page)
})

test('a member of a business outside the audience cannot open the alert', async ({ page }) => {
  await signIn(page, 'member2@ntars.test')
  await expect(page).toHaveURL(/\/members$/)
  const response = await page.goto(`/alerts/${alertId}`)
  expect(response?.status()).toBe(404)
  await expect(page.getByText(firstName)).toHaveCount(0)
})
