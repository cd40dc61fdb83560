import type { MemberSession } from './memberSession'

export type ActionAnswer<T> = { status: number; ms: number; result: T | null; body: string }

/**
 * Calls a server action the way the browser does for `action(formData)`: a multipart POST to the page with
 * the `Next-Action` header, the FormData argument encoded as React's `encodeReply` does (its entries under
 * `_1_<name>`, the argument list `["$K1"]` as part `0`). The result is the line of the RSC answer that
 * carries the action's return value.
 */
export const callServerAction = async <T>(
  session: MemberSession,
  page: string,
  actionId: string,
  form: FormData,
): Promise<ActionAnswer<T>> => {
  const body = new FormData()
  for (const [name, value] of form.entries()) body.append(`_1_${name}`, value)
  body.append('0', '["$K1"]')
  const answer = await session.request(page, {
    method: 'POST',
    headers: { accept: 'text/x-component', 'next-action': actionId },
    body,
  })
  let result: T | null = null
  for (const line of answer.body.split('\n')) {
    const match = /^1:(\{.*\})$/.exec(line)
    if (match?.[1]) result = JSON.parse(match[1]) as T
  }
  return { status: answer.status, ms: answer.ms, result, body: answer.body }
}
