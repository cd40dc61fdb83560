import { expect, test } from '@playwright/test'
import { expectAccessible, signInAsStaff, staffToken } from './helpers'
import { waitForMail } from './mailbox'

test('a business joins from the site, staff approve it, and its manager gets an invite by email and signs in', async ({
  page,
}) => {
  const stamp = Date.now().toString(36)
  const businessName = `Thimble Test Haberdashery ${stamp}`
  const email = `owner-${stamp}@shops.ntars.test`

  await page.goto('/join')
  await expectAccessible(page)
  await page.getByLabel('Business name').fill(businessName)
  await page.getByLabel('Kind of business').selectOption('retail')
  await page.getByLabel('Address line 1').fill('12 Weavers Row')
  await page.getByLabel('Postcode').fill('NB1 4QP')
  await page.getByLabel('Your name').fill('Robin Testowner')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Phone').fill('01632 960555')
  await page.locator('#agreeToTerms').check()
  await page.getByRole('button', { name: 'Apply to join' }).click()
  await expect(page.getByRole('status')).toContainText('Application sent')
  await waitForMail(email, /We have your application/)

  // The application waits in the admin's list of applicants.
  await signInAsStaff(page, 'manager@ntars.test')
  await page.goto('/admin/collections/businesses?where[membershipStatus][equals]=applicant')
  await expect(page.getByRole('link', { name: businessName })).toBeVisible()

  // Staff approve it; the contact becomes the business manager and is emailed a set-password link.
  const headers = await staffToken(page)
  const found = await page.request.get(
    `/api/businesses?where[name][equals]=${encodeURIComponent(businessName)}&limit=1`,
    { headers },
  )
  const business = ((await found.json()) as { docs: { id: number }[] }).docs[0]
  expect(business).toBeDefined()
  const approved = await page.request.patch(`/api/businesses/${business?.id}`, {
    headers,
    data: { membershipStatus: 'active' },
  })
  expect(approved.status()).toBe(200)
  const invite = await waitForMail(email, /has joined/)
  const link = invite.html.match(/href="([^"]*reset-password\?token=[^"]+)"/)?.[1]
  // The site's own set-password page with Payload's token (20 random bytes, hex).
  expect(link).toMatch(/^https?:\/\/[^/]+\/reset-password\?token=[0-9a-f]{40}$/)

  await page.context().clearCookies()
  await page.goto(new URL(link as string).pathname + new URL(link as string).search)
  await page.getByLabel('New password (at least 12 characters)').fill('a-new-manager-password-1')
  await page.getByLabel('New password again').fill('a-new-manager-password-1')
  await page.getByRole('button', { name: 'Set password' }).click()
  await expect(page).toHaveURL(/\/sign-in/)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill('a-new-manager-password-1')
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page).toHaveURL(/\/members$/)
  await expect(page.getByRole('link', { name: 'Team' }).first()).toBeVisible()
})
