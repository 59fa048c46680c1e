/** One jest run, five projects; `npm test` runs them all (tools/test.mjs). */
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.node.json', isolatedModules: true, diagnostics: false }];
const common = {
  rootDir: __dirname,
  // @pnp/* ships ESM only; let ts-jest transform it.
  transform: { '^.+\\.(t|j)sx?$': tsJest, '^.+\\.mjs$': tsJest },
  transformIgnorePatterns: ['node_modules/(?!(@pnp)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
};
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testEnvironment: 'node', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/ui/**/*.test.tsx'],
      moduleNameMapper: { '\\.(css|scss)$': '<rootDir>/test/support/styleStub.js' },
    },
    { ...common, displayName: 'integration', testEnvironment: 'node', testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
    { ...common, displayName: 'packaging', testEnvironment: 'node', testMatch: ['<rootDir>/test/packaging/**/*.test.ts'] },
    { ...common, displayName: 'e2e', testEnvironment: 'node', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
};
