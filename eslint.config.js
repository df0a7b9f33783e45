// Lint: typescript-eslint's recommended rules, no `any`, DESIGN.md's layering, SQL only through
// parameters, and the Electron checklist items a linter can enforce.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import dossier from './build/eslint/dossier-plugin.mjs';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.scratch/**', 'test-results/**', 'tests/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.js'],
    plugins: { dossier },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'dossier/layering': 'error',
      'dossier/no-dynamic-sql': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Checklist #15: Dossier is air-gapped and never hands a URL to the operating system.
      'no-restricted-properties': ['error', { property: 'openExternal', message: 'shell.openExternal is forbidden (air-gapped; checklist #15).' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Case text is rendered as text only (CSP promise P15).' },
        { selector: "Identifier[name='openExternal']", message: 'shell.openExternal is forbidden (air-gapped; checklist #15).' },
      ],
    },
  },
  {
    files: ['build/**/*.mjs', 'bin/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['build/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', process: 'readonly' } },
  },
);
