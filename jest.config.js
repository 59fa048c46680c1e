/** One jest run, five projects; `npm test` runs them all (tools/test.mjs). */
const path = require('path');
// SPFx's toolchain pulls in an old jest-environment-node (no global fetch) that npm hoists to the top;
// resolve the one that belongs to our jest so node projects get Node 20's fetch.
const nodeEnv = require.resolve('jest-environment-node', { paths: [path.dirname(require.resolve('jest/package.json'))] });
const tsJest = ['ts-jest', { tsconfig: '<rootDir>/tsconfig.node.json', diagnostics: false }];
const common = {
  rootDir: __dirname,
  // @pnp/* ships ESM only; let ts-jest transform it.
  transform: { '^.+\\.(t|j)sx?$': tsJest, '^.+\\.mjs$': tsJest },
  transformIgnorePatterns: ['node_modules/(?!(@pnp)/)'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'json'],
};
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testEnvironment: nodeEnv, testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/test/ui/**/*.test.tsx'],
      moduleNameMapper: { '\\.(css|scss)$': '<rootDir>/test/support/styleStub.js' },
    },
    { ...common, displayName: 'integration', testEnvironment: nodeEnv, testMatch: ['<rootDir>/test/integration/**/*.test.ts'] },
    { ...common, displayName: 'packaging', testEnvironment: nodeEnv, testMatch: ['<rootDir>/test/packaging/**/*.test.ts'] },
    { ...common, displayName: 'e2e', testEnvironment: nodeEnv, testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] },
  ],
};
