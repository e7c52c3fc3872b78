// ESLint for every package: TypeScript (strict, no `any`), Lit's template rules and the
// web-component rules. Formatting is Prettier's job (`pnpm lint` runs both).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'storybook-static/**',
      '**/*.data.ts',
      '**/custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'lit/no-invalid-html': 'error',
      'lit/attribute-value-entities': 'error',
      'wc/guard-super-call': 'off',
    },
  },
  {
    // The contract is data and logic that hosts' backends run in Node: no Lit, no DOM. What
    // renders or touches the page belongs in @lettilbud/foundations.
    files: ['packages/contract/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-element', '@lettilbud/*'],
              message:
                'The contract imports no Lit and no other package: put UI in @lettilbud/foundations.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'customElements',
          'localStorage',
          'sessionStorage',
          'navigator',
          'HTMLElement',
          'MutationObserver',
        ].map((name) => ({
          name,
          message: 'The contract runs in Node: no DOM. Put this in @lettilbud/foundations.',
        })),
      ],
    },
  },
  {
    files: ['**/test/**', '**/stories/**', '**/bench/**', 'shell/**', 'scripts/**'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.mjs', '*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['examples/**'],
    languageOptions: { globals: globals.browser },
    rules: { 'no-console': 'off' },
  },
);
