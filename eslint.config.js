import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.cache/', 'coverage/', '.tmp/', '**/.t*.ts'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // The engine must run unchanged in the extension, Node tests and the CLI.
    files: ['src/analysis/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'chrome', 'browser', 'navigator'],
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'webextension-polyfill', '../vision/*', '../sites/*', '../content/*', '../background/*'] }],
    },
  },
);
