/**
 * The layer fence (ARCHITECTURE.md, README "Layers"): imports point one way,
 *
 *   main → game | ui | audio → state → rules → world
 *   i18n (the string table) sits below game and ui; cli → rules | world | i18n.
 *
 * A layer may import any layer below it, never one beside or above it, and nothing imports
 * game, ui or audio but main. Checked for every file under src/ by `npm run lint`
 * (`depcruise src`), with no import cycles anywhere.
 */
const layer = (name, may, why) => ({
  name: `layer-${name}`,
  severity: 'error',
  comment: `src/${name} may import only ${may.length ? may.map((m) => `src/${m}`).join(', ') : 'nothing else of ours'}: ${why}`,
  from: { path: `^src/${name}/` },
  to: { path: '^src/', pathNot: [`^src/${name}/`, ...may.map((m) => `^src/${m}/`)] },
});

module.exports = {
  forbidden: [
    layer('game', ['state', 'rules', 'world', 'i18n'], 'Phaser scenes and views read the store and call actions; they never import ui or audio (share through a store field).'),
    layer('ui', ['state', 'rules', 'world', 'i18n'], 'DOM panels read the store and call actions; they never import game or audio (share through a store field).'),
    layer('audio', ['state', 'rules', 'world'], 'audio subscribes to the store; it never imports game or ui.'),
    layer('i18n', [], 'the string table is words only, below game and ui.'),
    layer('state', ['rules', 'world'], 'the store and its actions call the rules; state speaks no language and knows no view.'),
    layer('rules', ['world'], 'the rules engine is pure: it imports only itself and world data/types.'),
    layer('world', [], 'world data (parties, airfields, aircraft, map geometry) is the lowest layer.'),
    layer('cli', ['rules', 'world', 'i18n'], 'Node entry points run the rules and word findings with the English table; Phaser and the DOM cannot load in Node.'),
    {
      name: 'node-only-world-loader',
      severity: 'error',
      comment: 'world/load-node.ts reads files with node:fs: only the CLI (and tests) may use it.',
      from: { path: '^src/', pathNot: '^src/cli/' },
      to: { path: '^src/world/load-node\\.ts$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles hide layering mistakes and make load order matter.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-tests',
      severity: 'error',
      comment:
        'Game code never imports test code. Build scripts (src/build) run in Node at release time and may reuse the browser-test helpers (static server, Chromium launch).',
      from: { path: '^src/', pathNot: '^src/build/' },
      to: { path: '^tests/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
