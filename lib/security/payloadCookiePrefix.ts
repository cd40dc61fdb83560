import { secureCookies } from './secureCookies'

/**
 * Payload names its cookies `<prefix>-token` etc. `__Host-` ties the staff session cookie to this exact
 * host, over https, path `/`, with no Domain: no subdomain can set or overwrite it.
 */
export const payloadCookiePrefix = (): string => (secureCookies() ? '__Host-payload' : 'payload')
