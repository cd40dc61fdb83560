/**
 * `npm run check:versions`: fails when any installed copy of a package in package-lock.json is below its
 * security floor (security/floors.json), or when Payload's packages are not all the same version.
 * `npm audit` does not work on these machines, so the project checks itself.
 */
import { readFileSync } from 'node:fs'
import { compareVersions } from './lib/compareVersions'

type Lock = { packages: Record<string, { version?: string }> }
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock
const { floors, sameVersion } = JSON.parse(readFileSync('security/floors.json', 'utf8')) as {
  floors: Record<string, string>
  sameVersion: string[]
}

const matches = (pattern: string, name: string) =>
  pattern.endsWith('/*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern

const installed = Object.entries(lock.packages)
  .filter(([path, entry]) => path.includes('node_modules/') && entry.version)
  .map(([path, entry]) => ({
    name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length),
    version: entry.version as string,
    path,
  }))

const problems: string[] = []
for (const [pattern, floor] of Object.entries(floors)) {
  const found = installed.filter((pkg) => matches(pattern, pkg.name))
  if (!found.length && !pattern.includes('*') && pattern !== '@auth/core')
    problems.push(`${pattern} is not installed`)
  for (const pkg of found) {
    if (compareVersions(pkg.version, floor) < 0)
      problems.push(`${pkg.name}@${pkg.version} (${pkg.path}) is below the floor ${floor}`)
  }
}
const grouped = installed.filter((pkg) => sameVersion.some((pattern) => matches(pattern, pkg.name)))
const versions = new Set(grouped.map((pkg) => pkg.version))
if (versions.size > 1) {
  problems.push(
    `Payload packages must all be one version, found: ${grouped.map((pkg) => `${pkg.name}@${pkg.version}`).join(', ')}`,
  )
}

if (problems.length) {
  console.error(`Security floors not met:\n  ${problems.join('\n  ')}`)
  process.exit(1)
}
console.log(
  `Security floors met: ${installed.length} locked packages checked against ${Object.keys(floors).length} floors.`,
)
