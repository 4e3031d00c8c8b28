import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'release/**', 'node_modules/**', 'coverage/**', 'tests/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The rules engine is pure: no engine, store, audio, DOM, clock or randomness. The layer
    // arrows between all folders (and no cycles) are checked by dependency-cruiser
    // (.dependency-cruiser.cjs, npm run lint:layers); this keeps the purity globals.
    files: ['src/rules/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'phaser',
            'phaser/*',
            'zustand',
            'zustand/*',
            'howler',
            '**/state',
            '**/state/**',
            '**/game',
            '**/game/**',
            '**/ui',
            '**/ui/**',
            '**/audio',
            '**/audio/**',
            '**/i18n',
            '**/i18n/**',
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'fetch', 'navigator', 'performance'],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded PRNG in the context.' },
        { object: 'Date', property: 'now', message: 'Time is a field of the context.' },
      ],
    },
  },
);
