import { maskEmails } from './maskEmails'

/**
 * An error as a log line may carry it: its class, a message without the values a query was given, the
 * PostgreSQL code when there is one, and the stack's frames only. Never the error's other properties: a
 * failed query's carry the SQL and its parameters, which can be names and addresses. Used as the logger's
 * `err` serializer, so every `{ err }` passed to it, Payload's own included, goes through here.
 */
export const errorForLog = (error: unknown) => {
  if (!(error instanceof Error)) return { message: maskEmails(String(error).slice(0, 300)) }
  const cause = error.cause as { code?: unknown } | undefined
  const code = (error as { code?: unknown }).code ?? cause?.code
  const message = /^Failed query/i.test(error.message)
    ? 'Failed query'
    : maskEmails(error.message.split('\n', 1)[0]?.slice(0, 300) ?? '')
  return {
    type: error.name,
    message,
    code: typeof code === 'string' ? code : undefined,
    stack: error.stack
      ?.split('\n')
      .filter((line) => line.trimStart().startsWith('at '))
      .join('\n'),
  }
}
