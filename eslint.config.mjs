// ESLint for the whole tree (`npm test` runs it): TypeScript, the rules of hooks, and jsx-a11y for
// the views (WCAG 2.1 AA is a requirement, DESIGN §8). Formatting is Prettier's (.prettierrc.json).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'lib/**',
      'lib-commonjs/**',
      'temp/**',
      'dist/**',
      'release/**',
      'sharepoint/solution/**',
      '.local-tenant/**',
      'coverage/**',
      'node_modules/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // SharePoint's and Graph's JSON is untyped at the edges; `any` is confined to parsing it
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  { files: ['src/ui/**/*.tsx', 'src/host/**/*.tsx', 'src/webparts/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    // the local tenant, scripts and tests print progress; they run in Node
    files: ['tools/**', 'test/**', '*.js', '*.mjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  { files: ['**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  { files: ['src/**'], languageOptions: { globals: { ...globals.browser } } },
  prettier,
);
