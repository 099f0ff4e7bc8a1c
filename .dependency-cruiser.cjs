/** Layer rules of the house (DESIGN.md §2), checked in `npm test`. */
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
      to: { path: '^(server|cloudfunctions|console|scripts)/' },
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
