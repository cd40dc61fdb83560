/**
 * Orders two semver strings, pre-releases included ("5.0.0-beta.32" < "5.0.0"). Returns <0, 0 or >0.
 * Small on purpose: the version check must not depend on packages it is checking.
 */
export const compareVersions = (a: string, b: string): number => {
  const parse = (version: string) => {
    const [core = '', pre] = version.replace(/^v/, '').split('+')[0]?.split(/-(.*)/s) ?? []
    return { core: core.split('.').map(Number), pre: pre ? pre.split('.') : [] }
  }
  const left = parse(a)
  const right = parse(b)
  for (let index = 0; index < 3; index++) {
    const difference = (left.core[index] ?? 0) - (right.core[index] ?? 0)
    if (difference !== 0) return difference
  }
  if (!left.pre.length || !right.pre.length) return right.pre.length - left.pre.length
  for (let index = 0; index < Math.max(left.pre.length, right.pre.length); index++) {
    const l = left.pre[index]
    const r = right.pre[index]
    if (l === undefined) return -1
    if (r === undefined) return 1
    const numeric = /^\d+$/.test(l) && /^\d+$/.test(r)
    const difference = numeric ? Number(l) - Number(r) : l.localeCompare(r)
    if (difference !== 0) return difference
  }
  return 0
}
