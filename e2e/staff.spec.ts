import { expect, test } from '@playwright/test'
import { signInAndWait, signInAsStaff, staffToken } from './helpers'

test.describe.configure({ mode: 'serial' })

const staffLogin = (page: import('@playwright/test').Page) => signInAsStaff(page, 'manager@ntars.test')

test('the staff dashboard shows the scheme’s figures with links to the lists', async ({ page }) => {
  await staffLogin(page)
  const dashboard = page.getByLabel('Scheme dashboard')
  await expect(dashboard.getByRole('heading', { name: 'Incidents this month' })).toBeVisible()
  await expect(dashboard.getByRole('link', { name: /profile proposals/ })).toHaveAttribute(
    'href',
    '/admin/approvals',
  )
  await expect(dashboard.getByRole('heading', { name: 'Exclusions ending in 30 days' })).toBeVisible()
})

test('staff approve a proposed offender in the queue, and members then see it in the gallery', async ({
  page,
}) => {
  const name = `Proposal${Date.now().toString(36)}`
  // Set-up: a proposal as one reaches the queue (members propose through the report form; the member
  // door keeps them off the API), entered over the API by staff.
  const proposed = await page.request.post('/api/offenders', {
    headers: await staffToken(page),
    data: { firstName: name, lastName: 'Example', gallery: 'known', status: 'proposed' },
  })
  expect(proposed.status()).toBe(201)
  await page.context().clearCookies()

  await signInAndWait(page, 'member2@ntars.test')
  await page.goto(`/offenders?q=${name}`)
  await expect(page.getByText('0 profiles')).toBeVisible()
  await page.context().clearCookies()

  await staffLogin(page)
  const { doc } = (await proposed.json()) as { doc: { id: number } }
  await page.goto(`/admin/approvals?proposal=${doc.id}`)
  await expect(page.getByRole('heading', { level: 2, name: `${name} Example` })).toBeVisible()
  await page.getByRole('button', { name: 'Approve', exact: true }).click()
  await expect(page.getByText('Approved: the profile is now in the gallery.')).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Waiting' }).getByText(name)).toHaveCount(0)
  await page.context().clearCookies()

  await signInAndWait(page, 'member2@ntars.test')
  await page.goto(`/offenders?q=${name}`)
  await expect(page.getByText('1 profile', { exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: new RegExp(`${name} Example`) })).toBeVisible()
})
