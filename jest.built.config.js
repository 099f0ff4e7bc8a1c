/**
 * Tests of the build output (run by `npm test` after the builds): the cloud function bundles
 * executed in their own Node processes, the weapp pages rendered with miniprogram-simulate, the
 * deployment files. They read dist/, so they are not part of the unit run (jest.config.js).
 */
const swc = [
  '@swc/jest',
  {
    jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } },
    module: { type: 'commonjs' },
  },
];

/** file-type and its tokenizers ship only ES modules: the local server these tests start loads them through swc (as in jest.config.js). */
const ESM_ONLY = ['file-type', 'strtok3', 'token-types', '@tokenizer', 'uint8array-extras', '@borewit'];

module.exports = {
  // A loaded machine renders the weapp slowly; timeouts are per test, set for every project here.
  testTimeout: 30000,
  projects: [
    {
      displayName: 'bundles',
      testEnvironment: 'node',
      roots: ['<rootDir>/test/bundles'],
      testMatch: ['**/*.built.ts'],
      transform: { '^.+\\.(t|j)sx?$': swc },
      transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
      moduleNameMapper: { '^file-type$': '<rootDir>/node_modules/file-type/index.js' },
    },
    {
      displayName: 'weapp',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test/weapp'],
      testMatch: ['**/*.built.ts'],
      // The built weapp is run as WeChat runs it, not transformed again.
      transform: { '^.+\\.tsx?$': swc },
      transformIgnorePatterns: ['/node_modules/', '/dist/'],
    },
  ],
};
