/**
 * The layer rule of DEVELOPERS.md, enforced:
 *   units → numerics → physics, knowledge → cell, impedance, structure, cycling → report → cli, server → web
 *   io/ depends on units only. knowledge/ reads its YAML through io/ (a proposed change to the
 *   diagram: the knowledge base is parsed data like any other input).
 * A module may import from its own folder and from the layers listed as `allowed` for it; nothing
 * else in src/. Everything below the app layer (cli, server, web) is platform-neutral: no Node
 * built-ins and no native add-ons.
 */
const layers = {
  units: [],
  numerics: ['units'],
  physics: ['units', 'numerics'],
  knowledge: ['units', 'numerics', 'io'],
  io: ['units'],
  cell: ['units', 'numerics', 'physics', 'knowledge', 'io'],
  impedance: ['units', 'numerics', 'physics', 'knowledge', 'io'],
  structure: ['units', 'numerics', 'physics', 'knowledge', 'io'],
  cycling: ['units', 'numerics', 'physics', 'knowledge', 'io'],
  report: ['units', 'numerics', 'physics', 'knowledge', 'io', 'cell', 'impedance', 'structure', 'cycling'],
  cli: ['units', 'numerics', 'physics', 'knowledge', 'io', 'cell', 'impedance', 'structure', 'cycling', 'report'],
  server: ['units', 'numerics', 'physics', 'knowledge', 'io', 'cell', 'impedance', 'structure', 'cycling', 'report'],
  web: ['units', 'numerics', 'physics', 'knowledge', 'io', 'cell', 'impedance', 'structure', 'cycling', 'report', 'server'],
};
const appLayers = ['cli', 'server', 'web'];

const layerRules = Object.entries(layers).map(([layer, allowed]) => ({
  name: `layer-${layer}`,
  comment: `src/${layer} may import only from itself and from: ${allowed.join(', ') || '(nothing)'}`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: '^src/', pathNot: [`^src/${layer}/`, ...allowed.map((a) => `^src/${a}/`)] },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'library-is-platform-neutral',
      comment: 'Only the app layers (cli, server, web) may use Node built-ins.',
      severity: 'error',
      from: { path: '^src/', pathNot: appLayers.map((a) => `^src/${a}/`) },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'native-addons-only-in-apps',
      comment: 'Native add-ons (resvg) do not run in a browser worker: only the app layers may load them.',
      severity: 'error',
      from: { path: '^src/', pathNot: appLayers.map((a) => `^src/${a}/`) },
      to: { path: 'node_modules/@resvg/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'vega-lite/types_unstable/* is a declaration-only export (types for spec parts): tsc resolves it, a runtime resolver cannot.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^vega-lite/types_unstable/' },
    },
    {
      name: 'no-dev-deps-in-src',
      comment: 'src/ ships: it may not depend on devDependencies.',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['npm-dev'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
