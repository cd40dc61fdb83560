import path from 'node:path'
import { startNginx } from '../nginx/startNginx'
import { startApp } from '../startApp'
import { soakLog } from './soakLog'
import type { SoakRun } from './soakRun'

/**
 * `--instances=N`: N `next start` servers on one shared build (ports --port, --port+1, …), each with its own
 * log, behind nginx running deploy/nginx.conf with an upstream of all of them, as production runs them
 * (docs/deploy.md). They share the database, the upload store and nginx's cache directory, which every
 * instance empties when staff publish. Returns the address members use: nginx's.
 */
export const startSoakInstances = async (
  run: SoakRun,
  env: NodeJS.ProcessEnv,
  appLogs: string[],
): Promise<string> => {
  const { options } = run
  const ports = Array.from({ length: options.instances }, (_, index) => options.port + index)
  const nginxDir = path.join(run.workDir, 'nginx')
  const cacheDir = path.join(nginxDir, 'cache')
  const siteUrl = `http://127.0.0.1:${options.nginxPort}`
  // One after another: several at once on a small machine only start slower.
  for (const [index, port] of ports.entries()) {
    const app = await startApp({
      // Each virtual member sends its own X-Forwarded-For, as a load balancer before nginx would, and nginx
      // adds its own hop: two trusted hops, so sign-in limits per address see members, not nginx.
      env: { ...env, NTARS_EDGE_CACHE_DIR: cacheDir, TRUSTED_PROXY_HOPS: '2' },
      port,
      logFile: appLogs[index],
      siteUrl,
    })
    run.apps.push(app)
    soakLog(`Instance ${index + 1} up at ${app.url}`)
  }
  run.app = run.apps[0] ?? null
  const nginx = await startNginx({
    listenPort: options.nginxPort,
    upstreamPort: ports[0] as number,
    upstreamPorts: ports,
    cacheDir,
    workDir: nginxDir,
  })
  run.nginx = nginx
  soakLog(`nginx at ${nginx.url} in front of ${ports.length} instances`)
  return nginx.url
}
