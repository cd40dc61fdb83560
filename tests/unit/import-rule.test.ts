/**
 * The import rule (`.dependency-cruiser.cjs`, run by `npm run lint`) must refuse an import that runs back up the
 * layers and a circle of imports. A throwaway tree with both shows the rule can fail; the real tree must pass.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { cruise, type IForbiddenRuleType } from 'dependency-cruiser'
import { afterAll, describe, expect, it } from 'vitest'

const require = createRequire(import.meta.url)
const config = require('../../.dependency-cruiser.cjs') as { forbidden: IForbiddenRuleType[] }
const root = process.cwd()

const violationsIn = async (baseDir: string, paths: string[]) => {
  const result = await cruise(paths, {
    baseDir,
    ruleSet: { forbidden: config.forbidden },
    validate: true,
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
  })
  if (typeof result.output === 'string') throw new Error('dependency-cruiser returned text, not a result')
  return result.output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort()
}

describe('the import rule', () => {
  const tree = mkdtempSync(path.join(os.tmpdir(), 'ntars-import-rule-'))
  afterAll(() => rmSync(tree, { recursive: true, force: true }))

  it('refuses an import that runs back up and a circle of imports', async () => {
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(tree, file)), { recursive: true })
      writeFileSync(path.join(tree, file), text)
    }
    write(
      'lib/format/money.ts',
      "import { reportTitle } from '../../features/reports/title'\nexport const money = reportTitle\n",
    )
    write('features/reports/title.ts', "import { kinds } from './kinds'\nexport const reportTitle = kinds\n")
    write(
      'features/reports/kinds.ts',
      "import { reportTitle } from './title'\nexport const kinds = [reportTitle]\n",
    )
    write('components/Badge.tsx', "import { money } from '../lib/format/money'\nexport const Badge = money\n")

    expect(await violationsIn(tree, ['lib', 'features', 'components'])).toEqual([
      'lib-imports-upward: lib/format/money.ts → features/reports/title.ts',
      // dependency-cruiser names a circle once, at the first module it met in it
      'no-cycle: features/reports/kinds.ts → features/reports/title.ts',
    ])
  })

  it('finds nothing wrong in the project', { timeout: 60_000 }, async () => {
    // The same folders `npm run lint:imports` checks.
    const scripts = (require('../../package.json') as { scripts: Record<string, string> }).scripts
    const checked = scripts['lint:imports'].split(' --')[0].split(' ').slice(1)
    const result = await cruise(checked, {
      baseDir: root,
      ruleSet: { forbidden: config.forbidden },
      validate: true,
      tsPreCompilationDeps: true,
      tsConfig: { fileName: 'tsconfig.json' },
      doNotFollow: { path: 'node_modules' },
    })
    if (typeof result.output === 'string') throw new Error('dependency-cruiser returned text, not a result')
    expect(result.output.summary.violations).toEqual([])
  })
})
