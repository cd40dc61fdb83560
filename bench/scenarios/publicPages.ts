import type { BenchContext } from '../benchContext'

/** Public pages through next start and through the nginx cache, each beside the same HTML as a static file. */
export const publicPages = async (
  { appUrl, measure, ratios }: BenchContext,
  { nginxUrl, directUrl }: { nginxUrl: string; directUrl: string },
) => {
  const pages = [
    ['home', '/'],
    ['campaign', '/campaigns/cops-adopt-a-shop'],
  ] as const
  for (const [name, route] of pages) {
    const next = await measure({
      label: `${name} page, next start`,
      url: `${appUrl}${route}`,
      connections: 50,
    })
    const staticFile = await measure({
      label: `${name}-sized static file, next start`,
      url: `${appUrl}/__bench/${name}.html`,
      connections: 50,
    })
    const cached = await measure({
      label: `${name} page, through nginx cache`,
      url: `${nginxUrl}${route}`,
      connections: 50,
    })
    const nginxDirect = await measure(
      { label: `${name} HTML, nginx serving the file`, url: `${directUrl}/${name}.html`, connections: 50 },
      false,
    )
    ratios.push(
      `${name}: next start ${(next.requestsPerSecond / staticFile.requestsPerSecond).toFixed(2)} × static file (target ≥ 0.8); ` +
        `cache layer ${(cached.requestsPerSecond / nginxDirect.requestsPerSecond).toFixed(2)} × nginx direct (target ≥ 0.5), p99 ${Math.round(cached.p99)} ms (target < 50)`,
    )
  }
}
