/** A REST refusal in Payload's own error shape, never cached. */
export const restRefusal = (status: number, message: string): Response =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })
