import path from 'node:path'

/**
 * Where development keeps the VAPID keys it generated on first run: under `.data/`, which git ignores. A
 * stable pair matters because browsers' subscriptions are tied to the public key that made them.
 */
export const vapidKeysFile = (): string => path.join(process.cwd(), '.data', 'vapid-keys.json')
