import { expect, type Page, test } from '@playwright/test'
import { expectAccessible, signInAsStaff, staffToken } from './helpers'

// Each test signs staff in twice (the set-up token, then the scheme manager) through the second factor, and
// the first runs axe over the whole admin page: more than the default minute on a busy machine.
test.describe.configure({ mode: 'serial', timeout: 150_000 })
test.use({ viewport: { width: 1280, height: 800 } })

const run = Date.now().toString(36)

type Headers = Awaited<ReturnType<typeof staffToken>>

/** A profile entered over the API by staff, as set-up (members propose through the report form). */
const createProfile = async (page: Page, headers: Headers, data: Record<string, unknown>) => {
  const response = await page.request.post('/api/offenders', { headers, data })
  expect(response.status()).toBe(201)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

const readProfile = async (page: Page, headers: Headers, id: number) => {
  const response = await page.request.get(`/api/offenders/${id}?depth=0`, { headers })
  return { status: response.status(), doc: response.ok() ? await response.json() : null }
}

const openQueue = async (page: Page, proposal?: number) => {
  await signInAsStaff(page, 'manager@ntars.test')
  await page.goto(proposal ? `/admin/approvals?proposal=${proposal}` : '/admin/approvals')
}

const waiting = (page: Page) => page.getByRole('navigation', { name: 'Waiting' })

test('the queue lists proposals beside the open one, opens each by link, and passes axe', async ({
  page,
}) => {
  const headers = await staffToken(page)
  const first = await createProfile(page, headers, {
    firstName: 'Listed',
    lastName: `One${run}`,
    gallery: 'known',
    status: 'proposed',
  })
  await createProfile(page, headers, {
    firstName: 'Listed',
    lastName: `Two${run}`,
    gallery: 'known',
    status: 'proposed',
  })
  await openQueue(page, first)
  await expect(page.getByRole('heading', { level: 2, name: `Listed One${run}` })).toBeVisible()
  const link = waiting(page).getByRole('link', { name: new RegExp(`Listed Two${run}`) })
  await expect(waiting(page).getByRole('link', { name: new RegExp(`Listed One${run}`) })).toHaveAttribute(
    'aria-current',
    'page',
  )
  // Every control is reached from the keyboard: the list link opens the other proposal.
  await link.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/proposal=\d+/)
  await expect(page.getByRole('heading', { level: 2, name: `Listed Two${run}` })).toBeVisible()
  await expectAccessible(page)
})

test('approving opens the next proposal and the profile joins the gallery', async ({ page }) => {
  const headers = await staffToken(page)
  const id = await createProfile(page, headers, {
    firstName: 'Approve',
    lastName: `Me${run}`,
    gallery: 'known',
    status: 'proposed',
  })
  await openQueue(page, id)
  await page.getByRole('button', { name: 'Approve', exact: true }).click()
  await expect(page.getByText('Approved: the profile is now in the gallery.')).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: `Approve Me${run}` })).toHaveCount(0)
  await expect(waiting(page).getByText(`Approve Me${run}`)).toHaveCount(0)
  expect((await readProfile(page, headers, id)).doc?.status).toBe('approved')
})

test('rejecting needs a reason beside the Reject button, then opens the next proposal', async ({ page }) => {
  const headers = await staffToken(page)
  const id = await createProfile(page, headers, {
    firstName: 'Reject',
    lastName: `Me${run}`,
    gallery: 'known',
    status: 'proposed',
  })
  await openQueue(page, id)
  const reject = page.getByRole('button', { name: 'Reject', exact: true })
  await reject.click()
  await expect(page.getByRole('alert').filter({ hasText: /Give a reason for rejecting/ })).toBeVisible()
  expect((await readProfile(page, headers, id)).doc?.status).toBe('proposed')

  const reason = page.getByLabel('Reason for rejecting')
  await reason.fill('Duplicate of a report already handled by the police.')
  // The reason and its button sit together: the button is the next stop from the field.
  await reason.press('Tab')
  await expect(reject).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Rejected: the proposal will not reach the gallery.')).toBeVisible()
  const { doc } = await readProfile(page, headers, id)
  expect(doc?.status).toBe('rejected')
  expect(doc?.rejectionReason).toBe('Duplicate of a report already handled by the police.')
})

test('a proposal is merged into the look-alike shown beside it, after confirming', async ({ page }) => {
  const headers = await staffToken(page)
  const features = `Tattoo of a lighthouse ${run} on the left forearm, silver nose ring`
  const survivor = await createProfile(page, headers, {
    firstName: 'Existing',
    lastName: `Person${run}`,
    gallery: 'known',
    status: 'approved',
    appearance: { distinguishingFeatures: features },
  })
  const proposal = await createProfile(page, headers, {
    gallery: 'id-sought',
    status: 'proposed',
    appearance: { distinguishingFeatures: features },
  })
  await openQueue(page, proposal)
  const lookAlike = page.getByRole('region', { name: `Existing Person${run}` })
  await expect(lookAlike.getByText(/Description \d+%/)).toBeVisible()
  await lookAlike.getByRole('button', { name: `Same person: merge into Existing Person${run}` }).click()
  // A merge cannot be undone: nothing happens until staff confirm.
  await expect(page.getByText(`The proposal will be merged into Existing Person${run}`)).toBeVisible()
  expect((await readProfile(page, headers, proposal)).doc?.status).toBe('proposed')
  await page.getByRole('button', { name: 'Merge', exact: true }).click()
  await expect(page.getByText(/Merged: the proposal’s reports/)).toBeVisible()
  expect((await readProfile(page, headers, proposal)).status).toBe(404)
  expect((await readProfile(page, headers, survivor)).doc?.status).toBe('approved')
})

test('staff merge two approved profiles from a profile’s edit page, after confirming', async ({ page }) => {
  const headers = await staffToken(page)
  const survivor = await createProfile(page, headers, {
    firstName: 'Keeper',
    lastName: `Profile${run}`,
    gallery: 'known',
    status: 'approved',
  })
  const duplicate = await createProfile(page, headers, {
    firstName: 'Twin',
    lastName: `Record${run}`,
    gallery: 'known',
    status: 'approved',
  })
  await signInAsStaff(page, 'manager@ntars.test')
  await page.goto(`/admin/collections/offenders/${survivor}`)
  const control = page.getByTestId('merge-profile')
  await control.locator('.rs__control').click()
  await page.keyboard.type(`Twin Record${run}`)
  await page.getByRole('option', { name: `Twin Record${run}` }).click()
  await control.getByRole('button', { name: 'Merge into this profile…' }).click()
  await expect(
    page.getByText(`Twin Record${run} (#${duplicate}) will be merged into Keeper Profile${run}`),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Merge', exact: true }).click()
  await expect(
    page.getByText(`Merged Twin Record${run} (#${duplicate}) into Keeper Profile${run}.`),
  ).toBeVisible()
  expect((await readProfile(page, headers, duplicate)).status).toBe(404)
  const { doc } = await readProfile(page, headers, survivor)
  expect(doc?.aliases?.map((entry: { alias: string }) => entry.alias)).toContain(`Twin Record${run}`)
})
