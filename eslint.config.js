// Lint: typescript-eslint's recommended rules, React hooks rules for the client, the house rule
// that scene rules (scenes/, outside view/) stay free of React, DOM and Node, and that a scene's
// view reaches client/ only through the workshop kit's one public module.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'data/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['client/**/*.{ts,tsx}', 'scenes/**/view/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['scenes/**/*.ts'],
    ignores: ['scenes/**/view/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(react|react-dom|@react-three/.*|three|socket\\.io.*|express|better-sqlite3)$', message: 'scene rules are pure: no React, renderer, server code' },
            { regex: '^node:', message: 'scene rules are pure: no Node APIs' },
            { regex: '^(fs|path|os|crypto|http|net)$', message: 'scene rules are pure: no Node APIs' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'localStorage'],
    },
  },
  {
    files: ['scenes/**/view/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(\\.\\./)+client/(?!workshop/kit$)', message: "a scene view imports from client/ only the kit: '…/client/workshop/kit'" },
          ],
        },
      ],
    },
  },
);
