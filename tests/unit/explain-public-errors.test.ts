/**
 * What a refused REST write answers in a production build, where Payload's own formatting loses a validation
 * error's field list: the message and the fields at fault come back; a server error stays generic.
 */
import type { PayloadRequest } from 'payload'
import { APIError, ValidationError } from 'payload'
import { describe, expect, it } from 'vitest'
import { explainPublicErrors } from '@/lib/rest/explainPublicErrors'

const run = (error: Error, result: { errors: { message: string; data?: Record<string, unknown> }[] }) =>
  explainPublicErrors({
    error,
    result,
    req: {} as PayloadRequest,
    context: {},
    collection: undefined,
    graphqlResult: undefined,
  } as Parameters<typeof explainPublicErrors>[0])

describe('explainPublicErrors', () => {
  const invalid = new ValidationError({
    collection: 'incidents',
    errors: [{ label: 'Occurred At', message: 'That is not a date.', path: 'occurredAt' }],
  })

  it('puts back the fields at fault when Payload showed only the message', () => {
    expect(run(invalid, { errors: [{ message: invalid.message }] })).toEqual({
      response: {
        errors: [
          {
            message: 'The following field is invalid: Occurred At',
            data: {
              collection: 'incidents',
              errors: [{ label: 'Occurred At', message: 'That is not a date.', path: 'occurredAt' }],
            },
          },
        ],
      },
      status: 400,
    })
  })

  it('puts back a refusal message Payload replaced with the unknown-error text', () => {
    const refused = new APIError('Too many attempts: wait 5 minutes.', 429)
    expect(run(refused, { errors: [{ message: 'An unknown error occurred.' }] })).toEqual({
      response: { errors: [{ message: 'Too many attempts: wait 5 minutes.' }] },
      status: 429,
    })
  })

  it('leaves an answer that already has its data, and a server error, as they are', () => {
    expect(run(invalid, { errors: [{ message: invalid.message, data: invalid.data }] })).toBeUndefined()
    expect(
      run(new Error('connection refused at 10.0.0.5'), { errors: [{ message: 'Something went wrong.' }] }),
    ).toBeUndefined()
  })
})
