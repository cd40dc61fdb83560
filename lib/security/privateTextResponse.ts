import { privateHeaders } from './privateHeaders'

/** A plain-text answer (a refusal or an error) that no cache keeps. */
export const privateTextResponse = (status: number, message: string): Response =>
  new Response(message, {
    status,
    headers: { ...privateHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
  })
