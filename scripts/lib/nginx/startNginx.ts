import { execFileSync, spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type NginxPlaces, renderNginxConfig } from './renderNginxConfig'

const nginxBinary = () => ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => existsSync(candidate))

/**
 * Lets nginx's workers pass through every temporary folder above `dir` (mkdtemp makes them 700): search
 * permission only, nobody can list them. Folders outside the system's temporary folder are left alone.
 */
const traversable = (dir: string) => {
  const tmp = path.resolve(os.tmpdir())
  for (
    let folder = path.dirname(path.resolve(dir));
    folder.startsWith(`${tmp}/`);
    folder = path.dirname(folder)
  )
    chmodSync(folder, statSync(folder).mode | 0o001)
}

/** Installs Debian's nginx when it is missing (CI machines and the benchmark); needs root. */
export const ensureNginx = (): string => {
  const found = nginxBinary()
  if (found) return found
  console.log('nginx is missing: installing Debian’s nginx-light…')
  execFileSync('apt-get', ['install', '-y', 'nginx-light'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  const installed = nginxBinary()
  if (!installed) throw new Error('nginx could not be installed')
  return installed
}

/** Runs nginx in the foreground with the production config adapted to `places`; resolves once it listens. */
export const startNginx = async (places: NginxPlaces) => {
  const binary = ensureNginx()
  mkdirSync(places.workDir, { recursive: true })
  mkdirSync(places.cacheDir, { recursive: true })
  // Started as root, nginx's workers run as an unprivileged user: they must reach and write the cache even
  // when the folders came from mkdtemp (mode 700).
  chmodSync(places.workDir, 0o755)
  chmodSync(places.cacheDir, 0o777)
  traversable(places.cacheDir)
  traversable(places.workDir)
  const configFile = path.join(places.workDir, 'nginx.conf')
  writeFileSync(configFile, renderNginxConfig(places))
  execFileSync(binary, ['-t', '-q', '-c', configFile, '-p', places.workDir], { stdio: 'inherit' })
  const child = spawn(binary, ['-c', configFile, '-p', places.workDir, '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  })
  for (let attempt = 0; attempt < 50; attempt++) {
    const up = await fetch(`http://127.0.0.1:${places.listenPort}/robots.txt`).then(
      () => true,
      () => false,
    )
    if (up) break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return {
    url: `http://127.0.0.1:${places.listenPort}`,
    pid: child.pid,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGQUIT')
      }),
  }
}
