import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const pure = (layer, allowed) => ({
  files: [`src/${layer}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['three', 'three/*', 'lil-gui', 'mediabunny'],
            message: `${layer}/ stays pure: no rendering, GUI or media imports.`,
          },
          ...allowed,
        ],
      },
    ],
    'no-restricted-globals': ['error', 'document', 'window', 'fetch', 'location', 'navigator'],
  },
});

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'public/**', 'test-results/**'],
  },
  js.configs.recommended,
  // Node scripts that also hand functions to the browser (page.evaluate).
  { files: ['**/*.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM with textContent; user data must never reach innerHTML.' },
        { property: 'outerHTML', message: 'Build DOM with textContent.' },
      ],
    },
  },
  pure('model', [
    { group: ['../state/*', '../media/*', '../view/*', '../ui/*', '../main'], message: 'model/ depends on nothing.' },
  ]),
  pure('state', [
    { group: ['../media/*', '../view/*', '../ui/*', '../main'], message: 'state/ depends only on model/.' },
  ]),
  // The URL binding is the one place in state/ that touches the window.
  { files: ['src/state/url.ts'], rules: { 'no-restricted-globals': 'off' } },
  {
    files: ['src/view/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../ui/*', '../media/*', '../main'], message: 'view/ never imports ui/ or media/.' }] },
      ],
    },
  },
  {
    files: ['src/ui/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['../view/*', '../media/*', '../main'], message: 'ui/ never imports view/ or media/.' }],
        },
      ],
    },
  },
  {
    // The service worker is built on its own (vite-offline-plugin.ts): it may import only its own folder.
    files: ['src/offline/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*', 'three', 'lil-gui', 'mediabunny'], message: 'offline/ stands alone.' }] },
      ],
    },
  },
  {
    files: ['src/media/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../view/*', '../ui/*', '../main'], message: 'media/ never imports view/ or ui/.' }] },
      ],
    },
  },
);
