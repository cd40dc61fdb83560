/**
 * The import rule: imports run one way, from the app down to the platform, and never in a circle.
 *
 *   app/, proxy.ts, instrumentation.ts routes, pages, request guard, telemetry start-up
 *   components/                       React UI (members' area, public site, staff screens)
 *   jobs/                             scheduled tasks (they call features)
 *   features/<feature>/               a feature's actions, queries and rules
 *   collections/, globals/, fields/   Payload schema, access, hooks and each record type's own rules
 *   lib/                              platform code with no domain knowledge
 *   access/, types/, payload-types.ts access primitives and generated types
 *
 * payload.config.ts assembles everything; scripts, seed, bench, tests and e2e may import anything.
 * docs/structure.md explains the layers. `npm run lint` runs this check.
 */
// Upper layers first; a layer may import only the layers after it (collections and globals share one).
const layers = [
  ['app'],
  ['components'],
  ['jobs'],
  ['features'],
  ['collections', 'globals'],
  ['fields'],
  ['lib'],
  ['access'],
  ['types'],
]
const tooling = ['scripts', 'seed', 'bench', 'tests', 'e2e', 'migrations']

const upwardImports = layers.slice(1).flatMap((group, index) => {
  const above = [...layers.slice(0, index + 1).flat(), 'proxy', ...tooling]
  return group.map((layer) => ({
    name: `${layer}-imports-upward`,
    comment: `${layer} must not import ${above.join(', ')}: imports run from the app down to the platform (docs/structure.md).`,
    severity: 'error',
    from: { path: `^${layer}/` },
    to: { path: `^(${above.join('|')})(/|\\.ts$)` },
  }))
})

const product =
  '^(app|components|jobs|features|collections|globals|fields|lib|access|types)/|^(proxy|instrumentation|payload\\.config|payload-types)\\.ts$'

module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      comment:
        'A circle of imports: two modules that each need the other belong in one, or share a third below both.',
      severity: 'error',
      from: { path: product },
      to: { circular: true },
    },
    ...upwardImports,
    {
      name: 'product-imports-config',
      comment:
        'Product code reaches the config through getPayloadClient (lib/database), never by importing payload.config.ts.',
      severity: 'error',
      from: {
        path: '^(components|jobs|features|collections|globals|fields|lib|access|types)/',
        pathNot: '^lib/database/getPayloadClient\\.ts$',
      },
      to: { path: '^payload\\.config\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|\\.next|\\.next-bench|\\.data)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mjs', '.js', '.d.ts'],
    },
  },
}
