import { readFileSync } from 'node:fs'

export type NginxPlaces = {
  listenPort: number
  upstreamPort: number
  /** Several app instances instead of one: an upstream of all of them (docs/deploy.md). */
  upstreamPorts?: number[]
  cacheDir: string
  /** Where the pid file, logs and temp files go (an unprivileged run has no /run or /var/log). */
  workDir: string
  /** Extra server blocks (the benchmark's "nginx serves the saved HTML" baseline). */
  extraServers?: string
}

/**
 * deploy/nginx.conf with its single-host values replaced, so tests and the benchmark run the very file
 * production uses rather than a copy that could drift.
 */
export const renderNginxConfig = (places: NginxPlaces): string => {
  const production = readFileSync('deploy/nginx.conf', 'utf8')
  const replace = (text: string, from: string, to: string) => {
    if (!text.includes(from)) throw new Error(`deploy/nginx.conf no longer contains "${from}"`)
    return text.replaceAll(from, to)
  }
  let config = production
  config = replace(config, 'pid /run/nginx-ntars.pid;', `pid ${places.workDir}/nginx.pid;`)
  config = replace(
    config,
    'error_log /var/log/nginx/ntars-error.log warn;',
    `error_log ${places.workDir}/error.log warn;`,
  )
  config = replace(config, '/var/cache/nginx/ntars', places.cacheDir)
  // Several servers as deploy/nginx.conf's comment shows them: one refusing connections is skipped for 5 s.
  const upstreams = places.upstreamPorts
    ? places.upstreamPorts.map((port) => `server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`)
    : [`server 127.0.0.1:${places.upstreamPort};`]
  config = replace(config, 'server 127.0.0.1:3000;', upstreams.join('\n    '))
  config = replace(config, 'listen 8080;', `listen 127.0.0.1:${places.listenPort};`)
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `  ${kind}_temp_path ${places.workDir}/${kind}_temp;`)
    .join('\n')
  config = replace(config, 'http {\n', `http {\n${temp}\n${places.extraServers ?? ''}\n`)
  return config
}
