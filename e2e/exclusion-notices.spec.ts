import { expect, test } from '@playwright/test'
import { signInAndWait, signInAsStaff, staffToken } from './helpers'

test.describe.configure({ mode: 'serial' })

test('staff see the rules’ suggestion on a notice, and members then see the profile’s red badge', async ({
  page,
}) => {
  const name = `Notice${Date.now().toString(36)}`
  const headers = await staffToken(page)
  const profile = await page.request.post('/api/offenders', {
    headers,
    data: { firstName: name, lastName: 'Example', gallery: 'known', status: 'approved' },
  })
  expect(profile.status()).toBe(201)
  const offender = ((await profile.json()) as { doc: { id: number } }).doc.id
  const notice = {
    offender,
    stage: 'exclusion',
    outcome: 'running',
    startsAt: new Date(Date.now() - 86_400_000).toISOString(),
  }
  // With no reports, the rules suggest no notice: red needs a reason, and nothing is written without one.
  const refused = await page.request.post('/api/exclusion-notices', { headers, data: notice })
  expect(refused.status()).toBe(400)
  expect(await refused.text()).toContain('The rules suggest no notice, not a red exclusion')
  const made = await page.request.post('/api/exclusion-notices', {
    headers,
    data: { ...notice, calculation: { overrideReason: 'Threatened staff with a bottle.' } },
  })
  expect(made.status()).toBe(201)
  const noticeId = ((await made.json()) as { doc: { id: number } }).doc.id

  await signInAsStaff(page, 'manager@ntars.test')
  await page.goto(`/admin/collections/exclusion-notices/${noticeId}`)
  const suggestion = page.getByTestId('notice-suggestion')
  await expect(suggestion).toContainText('No notice (0 points)')
  await expect(suggestion).toContainText('below the warning threshold of 3: no notice')
  await expect(suggestion).toContainText('You chose Exclusion (red)')
  await page.context().clearCookies()

  await signInAndWait(page, 'member2@ntars.test')
  await page.goto(`/offenders/${offender}`)
  await expect(page.getByText('Excluded (red)')).toBeVisible()
})
