/**
 * A way to send a text message. Providers plug in here (lib/sms/smsSenderFor.ts); none is built in, so the
 * scheme sends no texts until one is configured. Texts, like pushes, never name a person.
 */
export type SmsSender = {
  readonly name: string
  send: (to: string, text: string) => Promise<{ sent: boolean }>
}
