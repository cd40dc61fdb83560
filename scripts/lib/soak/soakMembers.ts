import { readFileSync } from 'node:fs'
import path from 'node:path'
import { run as runCommand } from '../run'
import type { SoakRun } from './soakRun'
import type { SoakMember } from './virtualMember'

/** Creates --members soak members with one password in the soak database (createSoakMembers.ts). */
export const soakMembers = async (
  run: SoakRun,
  env: NodeJS.ProcessEnv,
  password: string,
): Promise<SoakMember[]> => {
  const membersFile = path.join(run.workDir, 'members.json')
  await runCommand(
    'npx',
    ['tsx', 'scripts/lib/soak/createSoakMembers.ts', String(run.options.members), membersFile],
    { env: { ...env, SOAK_MEMBER_PASSWORD: password, NODE_ENV: 'development' } },
  )
  return JSON.parse(readFileSync(membersFile, 'utf8')) as SoakMember[]
}
