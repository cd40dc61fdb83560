/**
 * How many reverse proxies in front of the app append the address they saw to X-Forwarded-For: 1 for the
 * shipped nginx config (`$proxy_add_x_forwarded_for`), 2 with a load balancer before nginx. The app's own
 * port must be reachable only through them (docs/security.md, "Client addresses").
 */
export const trustedProxyHops = (): number => {
  const value = process.env.TRUSTED_PROXY_HOPS ?? '1'
  if (!/^[1-5]$/.test(value)) {
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 1 to 5 (got "${value}").`)
  }
  return Number(value)
}
