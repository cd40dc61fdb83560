import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { CheckboxField } from '@/components/shared/CheckboxField'
import { ErrorSummary } from '@/components/shared/ErrorSummary'
import { SelectField } from '@/components/shared/SelectField'
import { TextField } from '@/components/shared/TextField'

describe('Field components tie each control to its label, hint and error', () => {
  it('labels the control and names no description when there is none', () => {
    const html = renderToStaticMarkup(<TextField id="spot" label="Where in the shop?" readOnly value="" />)
    expect(html).toContain('<label for="spot" class="block font-medium">Where in the shop?</label>')
    expect(html).toMatch(/<input[^>]* id="spot"/)
    expect(html).not.toContain('aria-describedby')
    expect(html).not.toContain('aria-invalid')
  })

  it('describes the control by its hint and error, marks it invalid and required', () => {
    const html = renderToStaticMarkup(
      <TextField
        id="description"
        label="What happened?"
        hint="What they did."
        error="Say what happened."
        required
      />,
    )
    expect(html).toContain('<p id="description-hint" class="text-sm text-slate-700">What they did.</p>')
    expect(html).toContain(
      '<p id="description-error" class="font-medium text-red-800">Say what happened.</p>',
    )
    expect(html).toContain('aria-describedby="description-hint description-error"')
    expect(html).toContain('aria-invalid="true"')
    expect(html).toContain('aria-required="true"')
  })

  it('reads text elsewhere on the page first, for a checkbox beside its label', () => {
    const html = renderToStaticMarkup(
      <CheckboxField
        id="agreeToTerms"
        label="I agree"
        describedBy="terms"
        error="Agree to the terms."
        readOnly
      />,
    )
    expect(html).toContain('aria-describedby="terms agreeToTerms-error"')
    expect(html).toMatch(
      /<label for="agreeToTerms"[^>]*><input[^>]*type="checkbox"[^>]*\/><span>I agree<\/span><\/label>/,
    )
  })

  it('offers an empty first choice only when asked', () => {
    const options = [{ value: 'retail', label: 'Retail' }]
    expect(renderToStaticMarkup(<SelectField id="c" label="Kind" options={options} />)).not.toContain(
      '<option value="">',
    )
    expect(
      renderToStaticMarkup(<SelectField id="c" label="Kind" options={options} emptyOption="Choose…" />),
    ).toContain('<option value="">Choose…</option><option value="retail">Retail</option>')
  })
})

describe('ErrorSummary', () => {
  it('shows nothing without a message', () => {
    expect(renderToStaticMarkup(<ErrorSummary errors={{ spot: 'Too long.' }} />)).toBe('')
  })

  it('is one focusable alert that links each field error to its control', () => {
    const html = renderToStaticMarkup(
      <ErrorSummary
        message="Some answers need another look."
        errors={{ offenderIds: 'Link at most 10 people.', idempotencyKey: 'This form is out of date.' }}
        controlIdOf={(field) => (field === 'offenderIds' ? 'gallery-search' : undefined)}
      />,
    )
    expect(html.match(/role="alert"/g)).toHaveLength(1)
    expect(html).toContain('tabindex="-1"')
    expect(html).toContain('<p class="font-semibold">Some answers need another look.</p>')
    expect(html).toContain('Your answers are still here; the problems are marked below.')
    expect(html).toContain('<li><a href="#gallery-search" class="underline">Link at most 10 people.</a></li>')
    expect(html).toContain('<li>This form is out of date.</li>')
  })

  it('says only the message when no field is marked', () => {
    const html = renderToStaticMarkup(<ErrorSummary message="That email, password or code is not right." />)
    expect(html).not.toContain('<ul')
    expect(html).not.toContain('Your answers are still here')
  })
})
