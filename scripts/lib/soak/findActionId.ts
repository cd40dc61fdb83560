import type { MemberSession } from './memberSession'

/**
 * The id of a server action in the running build, read from the page's own client scripts (where the build
 * names each action it references), so the soak works against any build without reading its files.
 */
export const findActionId = async (
  session: MemberSession,
  page: string,
  exportName: string,
): Promise<string> => {
  const html = (await session.request(page)).body
  const scripts = [...html.matchAll(/src="(\/_next\/static\/[^"]+\.js)"/g)].map((match) => match[1] as string)
  const pattern = new RegExp(`"([0-9a-f]{40,})",[^"]{0,200}"${exportName}"`)
  for (const script of new Set(scripts)) {
    const found = pattern.exec((await session.request(script)).body)
    if (found?.[1]) return found[1]
  }
  throw new Error(`No server action ${exportName} in the scripts of ${page}: is the app a production build?`)
}
