import { expect, test } from '@playwright/test'
import { libraryPdf } from '../seed/libraryPdf'
import { expectAccessible, signInAndWait, staffToken } from './helpers'

test.describe.configure({ mode: 'serial' })

/**
 * Staff publish a required document; a member opens it on a phone; the document's page in the admin then
 * no longer lists the member as not having read it (docs/document-library.md).
 */
test('a member reads a newly published required document, and staff see it', async ({ page }) => {
  const title = `Till safety guide ${Date.now().toString(36)}`
  const headers = await staffToken(page)
  const created = await page.request.post('/api/documents', {
    headers,
    data: { title, kind: 'training-guide', audience: ['all-members'], required: true },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number } }
  const pdf = await libraryPdf(title, ['Keep the till drawer closed between sales.'])
  const uploaded = await page.request.post('/api/document-versions', {
    headers,
    multipart: {
      file: { name: 'till-safety.pdf', mimeType: 'application/pdf', buffer: pdf },
      _payload: JSON.stringify({ document: doc.id, versionLabel: 'v1', changeNote: 'First edition.' }),
    },
  })
  expect(uploaded.status()).toBe(201)

  // The admin's page for the document lists member@ among those who have not read it.
  await page.goto(`/admin/collections/documents/${doc.id}`)
  const notRead = page.getByRole('list', { name: 'Not read yet' })
  await expect(notRead.getByText('Sam Shopworker')).toBeVisible()
  await page.context().clearCookies()

  await page.setViewportSize({ width: 390, height: 844 })
  await signInAndWait(page, 'member@ntars.test')
  await page.goto('/documents')
  const item = page.getByRole('listitem').filter({ hasText: title })
  await expect(item.getByText('Not read yet')).toBeVisible()
  await expectAccessible(page)
  await item.getByRole('link', { name: title }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
  const open = page.getByRole('link', { name: 'Open the document' })
  const href = await open.getAttribute('href')
  expect(href).toBe(`/documents/${doc.id}/file`)
  // The browser's PDF viewer is not part of the test: fetch what the link opens, with the member's session.
  const file = await page.request.get(href as string)
  expect(file.status()).toBe(200)
  expect(file.headers()['content-type']).toBe('application/pdf')
  expect(file.headers()['cache-control']).toContain('no-store')
  await page.goto('/documents')
  await expect(page.getByRole('listitem').filter({ hasText: title }).getByText('Not read yet')).toHaveCount(0)
  await page.context().clearCookies()

  await page.setViewportSize({ width: 1280, height: 800 })
  await staffToken(page)
  await page.goto(`/admin/collections/documents/${doc.id}`)
  await expect(page.getByRole('heading', { name: /Not read the current version/ })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Not read yet' }).getByText('Sam Shopworker')).toHaveCount(0)
})

/** The demo business manager accepted scheme rules v1 (seed/documents.ts); v2 asks again on the home page. */
test('a business manager accepts the new version of the scheme rules from the home page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await signInAndWait(page, 'shopmanager@ntars.test')
  const prompt = page.getByRole('region', { name: 'Before you carry on: read and accept' })
  await expect(prompt).toBeVisible()
  await expectAccessible(page)
  await prompt.getByRole('link', { name: 'Scheme rules (version v2)' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Scheme rules' })).toBeVisible()
  const box = page.getByLabel('I accept Scheme rules, version v2, for my business')
  // The box must be ticked: the browser stops the form and the box stays.
  await page.getByRole('button', { name: 'Accept' }).click()
  await expect(box).toBeVisible()
  await box.check()
  await page.getByRole('button', { name: 'Accept' }).click()
  await expect(box).toHaveCount(0)
  await page.goto('/members')
  await expect(page.getByRole('link', { name: 'Scheme rules (version v2)' })).toHaveCount(0)
})
