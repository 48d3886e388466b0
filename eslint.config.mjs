// ESLint: typescript-eslint's recommended and type-checked rules, the layer rules of src/README.md, and no import
// cycles. `npm test` runs it first (`npm run lint`); test/lint.test.ts shows that a violation fails it.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

/** Every Node built-in, bare and with the node: prefix (src/ runs in Apps Script and the browser, not Node). */
const NODE = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** no-restricted-imports for one layer: Node never, plus the folders it must not reach. */
function layer(message, groups, opts = {}) {
  return {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        paths: NODE.map((name) => ({ name, message: `${message} Node's "${name}" does not exist there.` })),
        patterns: groups.map((g) => ({ group: g.group, message: g.message, ...(opts.allowTypeImports ? { allowTypeImports: true } : {}) })),
      },
    ],
  };
}

const noSidebar = { group: ['**/sidebar/**'], message: 'src/ never imports the sidebar (it talks to the server through google.script.run only).' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/lint-fixtures/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      // The cycle rule parses the files it follows: with the TypeScript parser, or it silently sees no imports.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      // Import cycles (runtime imports; type-only imports vanish from the bundle).
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Tuned: unused names are TypeScript's noUnusedLocals; "_" marks a value deliberately left out.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }],
      // Tuned: cells (getValues) and JSON answers are `unknown` and coerced to text on purpose, String(scalar); the
      // rule cannot tell a scalar from an object there and would only ask for casts.
      '@typescript-eslint/no-base-to-string': 'off',
      'prefer-const': ['error', { destructuring: 'all' }],
      // Tuned: Preact event handlers may be async (their promise is not awaited by design).
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  // Tuned for the harness (tests, the test bed, the test CRM, the playground, benchmarks): it reads untyped JSON,
  // wire bodies and emulated Apps Script values on purpose, so the no-unsafe-* family and `any` are allowed there.
  // The test bed also stringifies cell values as Apps Script does.
  {
    files: ['test/**/*.ts', 'test/**/*.tsx', 'testbed/**/*.ts', 'testcrm/**/*.ts', 'playground/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // Benchmarks and the test CRM implement async interfaces whose bodies happen to be synchronous.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
    },
  },
  // Tests load modules with require() where jest's module registry is part of the test.
  { files: ['test/**/*.ts', 'test/**/*.tsx'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // The layers (src/README.md).
  {
    files: ['src/engine/**/*.ts'],
    rules: layer('src/engine is pure: it runs in Apps Script, Node, the CLI and tests alike.', [
      { group: ['**/server/**', '**/server'], message: 'src/engine imports nothing from src/server.' },
      { group: ['**/crm/**', '**/crm'], message: 'src/engine imports nothing from src/crm.' },
      { group: ['**/sidebar/**'], message: 'src/engine imports nothing from the sidebar.' },
      { group: ['**/testbed/**', '**/cli/**'], message: 'src/engine imports nothing outside src/.' },
    ]),
  },
  {
    files: ['src/crm/**/*.ts'],
    rules: layer('src/crm is sans-I/O: a driver does the fetching.', [
      { group: ['**/server/**', '**/server'], message: 'src/crm imports nothing from src/server: the destination contract is src/engine/destination.ts.' },
      noSidebar,
      { group: ['**/testbed/**', '**/cli/**'], message: 'src/crm imports nothing outside src/.' },
    ]),
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: layer(
      'src/shared is what the server and the sidebar share.',
      [
        { group: ['**/server/**', '**/crm/**', '**/sidebar/**', '**/testbed/**', '**/cli/**'], message: 'src/shared imports nothing from the server, the CRM clients or the sidebar.' },
        { group: ['**/engine/**'], message: 'src/shared takes only types from src/engine (the sidebar bundles src/shared).' },
      ],
      { allowTypeImports: true },
    ),
  },
  {
    files: ['src/server/**/*.ts', 'src/Code.ts'],
    rules: layer('src/server runs in Apps Script.', [noSidebar, { group: ['**/testbed/**', '**/cli/**', '**/test/**'], message: 'src/ imports nothing from the test bed, the CLI or the tests.' }]),
  },
  {
    files: ['sidebar/**/*.ts', 'sidebar/**/*.tsx'],
    rules: layer('The sidebar runs in the browser.', [
      { group: ['**/src/**', '!**/src/shared', '!**/src/shared/**'], message: 'The sidebar imports only src/shared from src/ (it talks to the server through google.script.run).' },
    ]),
  },
  {
    files: ['sidebar/**/*.ts', 'sidebar/**/*.tsx'],
    ignores: ['sidebar/main.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "ImportDeclaration[source.value='./main']", message: 'The tabs take their context from ./context, not from main.tsx (which imports them).' },
      ],
    },
  },
);
