/**
 * `npm run check:generated`: the committed generated files must match the code. Regenerates Payload's
 * types and admin import map, asks Payload for a migration of any schema change not yet migrated, and
 * fails if any of that changes the work tree.
 */
import { execFileSync } from 'node:child_process'
import { run } from './lib/run'

const generated = ['payload-types.ts', 'app/(payload)/admin/importMap.js', 'migrations']

await run('npx', ['payload', 'generate:types'])
await run('npx', ['payload', 'generate:importmap'])
await run('npx', ['payload', 'migrate:create', 'uncommitted_schema_change', '--skip-empty'])

const changed = execFileSync('git', ['status', '--porcelain', '--', ...generated], {
  encoding: 'utf8',
}).trim()
if (changed) {
  console.error(
    `Generated files are out of date:\n${changed}\n` +
      'Commit the regenerated payload-types.ts and import map, and a migration for the schema change ' +
      '(`npm run migrate:create -- <name>`).',
  )
  console.error(execFileSync('git', ['diff', '--stat', '--', ...generated], { encoding: 'utf8' }))
  process.exit(1)
}
console.log('Generated types, import map and migrations are current.')
