/** Unit and integration tests. Browser journeys live in e2e/ and run with jest.e2e.config.js. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
];

const ESM_ONLY = ['file-type', 'strtok3', 'token-types', '@tokenizer', 'uint8array-extras', '@borewit'];

module.exports = {
  projects: [
    {
      displayName: 'server',
      testEnvironment: 'node',
      roots: [
        '<rootDir>/server',
        '<rootDir>/types',
        '<rootDir>/scripts',
        '<rootDir>/cloudfunctions',
        '<rootDir>/test',
        '<rootDir>/console',
      ],
      testMatch: ['**/*.test.ts'],
      transform: { '^.+\\.(t|j)sx?$': swc },
      // file-type and its tokenizers ship only ES modules: jest cannot load them natively, so swc
      // compiles them to CommonJS like our own sources (Node and tsx load them as they are).
      transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join('|')})/)`],
      moduleNameMapper: { '^file-type$': '<rootDir>/node_modules/file-type/index.js' },
    },
    {
      displayName: 'app',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/miniprogram'],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      transform: { '^.+\\.(t|j)sx?$': swc },
      moduleNameMapper: {
        '^@tarojs/taro$': '<rootDir>/test/taro-mock/taro.ts',
        '^@tarojs/components$': '<rootDir>/test/taro-mock/components.tsx',
        '^@nutui/nutui-react-taro$': '<rootDir>/test/taro-mock/nutui.tsx',
        '^@nutui/icons-react-taro$': '<rootDir>/test/taro-mock/nutui-icons.tsx',
        '\\.(css|scss|less)$': '<rootDir>/test/taro-mock/style.js',
      },
    },
  ],
};
