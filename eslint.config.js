// @ts-check
// ESLint: the recommended JavaScript rules, typescript-eslint's type-checked rules and the hooks rules for the islands.
// `.astro` files are left to `astro check` (npm run check): eslint-plugin-astro's parser cannot use the project
// service, so the type-checked rules report its components' props and collections as unresolved, and its untyped
// rules found nothing here while adding about half again to the lint's time.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    'dist/',
    '.astro/',
    'coverage/',
    'public/',
    'test-results/',
    'playwright-report/',
    // Benchmark output, and the Starlight peer site with its own package.json and dependencies.
    '.bench/',
    'bench/',
    // Inputs to tests (files with deliberate faults, stand-ins for built assets), not project code.
    'test/fixtures/',
  ]),
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Destructuring with a rest sibling is how a key is left out of a copy (`{ body: _body, ...rest }`).
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Vitest types its asymmetric matchers (`expect.stringContaining(...)` and the like) as `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['src/islands/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },
);
