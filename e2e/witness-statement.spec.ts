import { expect, test } from '@playwright/test'
import { pdfTextOf } from '../tests/helpers/pdfTextOf'
import { expectAccessible, signInAndWait } from './helpers'

/**
 * A witness statement end to end (docs/witness-statements.md): a member reports, police ask for a statement,
 * the member signs it on a phone by drawing on the signature box, and police download the evidence pack
 * with the signed statement in it.
 */
test.describe.configure({ mode: 'serial' })

let incidentId = 0
const occupation = `Barista ${Math.random().toString(36).slice(2, 7)}`

test('a member reports a theft', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await signInAndWait(page, 'member@ntars.test')
  await page.getByRole('link', { name: 'Report', exact: true }).first().click()
  await page.getByText('Theft', { exact: true }).click()
  await page.getByLabel('What happened?').fill('A man in a green coat took three bottles of olive oil.')
  await page.getByRole('button', { name: 'Send report' }).click()
  const status = page.getByRole('status')
  await expect(status).toContainText('Report sent')
  const reference = (await status.locator('strong').first().textContent()) ?? ''
  incidentId = Number(reference.replace(/^\D+/, ''))
  expect(incidentId).toBeGreaterThan(0)
})

test('police ask the reporter for a witness statement', async ({ page }) => {
  await signInAndWait(page, 'police@ntars.test')
  await page.goto(`/incidents/${incidentId}`)
  await page.getByLabel('What should the statement cover? (optional)').fill('The coat and the time.')
  await page.getByRole('button', { name: 'Ask the reporter for a witness statement' }).click()
  await expect(page.getByRole('status')).toContainText('Asked.')
  await expect(page.getByText(/Awaiting signature/)).toBeVisible()
})

test('the reporter corrects and signs it on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await signInAndWait(page, 'member@ntars.test')
  await page.getByRole('link', { name: 'Statements to sign' }).first().click()
  await expect(page.getByRole('heading', { name: 'Statements to sign' })).toBeVisible()
  // The report's reference as the list prints it (prefix and the id padded to six digits).
  const reference = new RegExp(`Statement about report \\S+-${String(incidentId).padStart(6, '0')}`)
  await page.getByRole('link', { name: reference }).click()
  await expect(page.getByRole('heading', { name: 'Your witness statement' })).toBeVisible()
  await expect(page.getByText('The coat and the time.')).toBeVisible()
  await expectAccessible(page)

  const body = page.getByLabel('Your statement')
  await expect(body).toHaveValue(/olive oil/)
  await body.fill(`${await body.inputValue()}\n\nHe left towards the market at about the time I said.`)
  await page.getByLabel('Your occupation').fill(occupation)

  // Nothing is written without the declaration: the form says why and keeps what was typed.
  const canvas = page.getByTestId('signature-signature')
  await canvas.scrollIntoViewIfNeeded()
  const box = await canvas.boundingBox()
  if (!box) throw new Error('The signature box is not on the page')
  await page.mouse.move(box.x + 20, box.y + box.height * 0.7)
  await page.mouse.down()
  for (let step = 1; step <= 12; step++) {
    await page.mouse.move(box.x + 20 + step * 20, box.y + box.height * (step % 2 ? 0.3 : 0.7))
  }
  await page.mouse.up()
  await expect(canvas).toHaveAttribute('aria-label', /signed/)
  await page.getByRole('button', { name: 'Sign my statement' }).click()
  await expect(page.getByText('Tick the declaration to confirm the statement is true.').first()).toBeVisible()
  await expect(page.getByLabel('Your occupation')).toHaveValue(occupation)

  await page.getByLabel(/This statement \(consisting of/).check()
  await page.getByRole('button', { name: 'Sign my statement' }).click()
  // The page turns into the signed statement, with its download.
  await expect(page.getByRole('status')).toContainText('You signed this statement')
  await expect(page.getByRole('link', { name: 'Download the signed statement (PDF)' })).toBeVisible()
})

test('police download the evidence pack with the signed statement in it', async ({ page }) => {
  await signInAndWait(page, 'police@ntars.test')
  await page.goto(`/incidents/${incidentId}`)
  await expect(page.getByText(/Signed on/)).toBeVisible()
  const pack = await page.request.get(`/evidence-pack/incidents/${incidentId}`)
  expect(pack.status()).toBe(200)
  const text = pdfTextOf(await pack.body())
  expect(text).toContain('Signed witness statements (1)')
  expect(text).toContain('WITNESS STATEMENT')
  expect(text).toContain(`Occupation: ${occupation}`)
  expect(text).toContain('He left towards the market')
})
