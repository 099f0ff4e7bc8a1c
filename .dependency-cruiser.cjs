/** Layer rules of the house (docs/ARCHITECTURE.md §4), checked in `npm run lint`. */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'domain-is-pure',
      comment: 'The domain imports no adapter, runtime or SDK.',
      severity: 'error',
      from: { path: '^server/domain/' },
      to: {
        path: [
          '^server/(adapters|local|cloud|functions|use-cases)/',
          'wx-server-sdk',
          'better-sqlite3',
          '^node:(fs|http|https|net|child_process)',
        ],
      },
    },
    {
      name: 'use-cases-through-ports',
      severity: 'error',
      from: { path: '^server/use-cases/' },
      to: { path: ['^server/(adapters|local|cloud)/', 'wx-server-sdk', 'better-sqlite3'] },
    },
    {
      name: 'use-cases-not-delivery',
      comment: 'Use cases declare what they need (ports, their own deps); the delivery layer composes them, never the reverse.',
      severity: 'error',
      from: { path: '^server/use-cases/' },
      to: { path: '^server/functions/' },
    },
    {
      name: 'tracking-knows-no-followers',
      comment: 'Tracking reports what changed; following decides whom to tell (follow -> tracking only).',
      severity: 'error',
      from: { path: '^server/(use-cases|domain)/tracking/' },
      to: { path: '^server/(use-cases|domain)/follow/' },
    },
    {
      name: 'adapters-point-inward',
      comment: 'Adapters implement ports; they call no use case, function or runtime.',
      severity: 'error',
      from: { path: '^server/adapters/' },
      to: { path: '^server/(use-cases|functions|local|cloud)/' },
    },
    {
      name: 'functions-not-runtimes',
      severity: 'error',
      from: { path: '^server/functions/' },
      to: { path: '^server/(local|cloud)/' },
    },
    {
      name: 'cloud-entries-thin',
      comment: 'A cloud function entry imports the cloud root and one handler factory, nothing else.',
      severity: 'error',
      from: { path: '^cloudfunctions/' },
      to: { pathNot: ['^server/cloud/', '^server/functions/', '^types/'] },
    },
    {
      name: 'types-stand-alone',
      comment: 'types/ is the contract: the only code both the mini program and the server import.',
      severity: 'error',
      from: { path: '^types/' },
      to: { path: '^(server|miniprogram|console|cloudfunctions|scripts)/' },
    },
    {
      name: 'mini-program-imports-only-types',
      severity: 'error',
      from: { path: '^miniprogram/' },
      to: { path: '^(server|cloudfunctions|console|scripts|config)/' },
    },
    {
      name: 'cloud-never-local',
      comment: 'The cloud bundle never contains SQLite or other local-only code.',
      severity: 'error',
      from: { path: '^(server/cloud|cloudfunctions)/' },
      to: { path: ['^server/local/', '^server/adapters/sqlite/', 'better-sqlite3'] },
    },
    {
      name: 'local-never-cloud-sdk',
      severity: 'error',
      from: { path: '^server/local/' },
      to: { path: ['wx-server-sdk', '^server/cloud/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '^dist/', '\\.test\\.tsx?$', '/fixtures/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
