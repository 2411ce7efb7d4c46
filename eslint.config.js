// @ts-check
// ESLint 9 flat config for uzl-widgets.
// Linted: src, test, stories, demo, scripts, .storybook and the root config files.
// Type-aware rules run on the TypeScript files that tsconfig.json includes
// (src, test, stories, demo, .storybook); other files get the syntax-only rules.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';
import ts from 'typescript';

/** Node globals for the .js/.mjs tooling files (avoids depending on the `globals` package). */
const nodeGlobals = {
  process: 'readonly',
  console: 'readonly',
  Buffer: 'readonly',
  URL: 'readonly',
  URLSearchParams: 'readonly',
  setTimeout: 'readonly',
  clearTimeout: 'readonly',
  setInterval: 'readonly',
  clearInterval: 'readonly',
  AbortController: 'readonly',
  fetch: 'readonly',
  structuredClone: 'readonly',
};

const TYPED_TS = [
  'src/**/*.ts',
  'test/**/*.ts',
  'stories/**/*.ts',
  'demo/**/*.ts',
  '.storybook/**/*.ts',
];
const ALL_TS = ['**/*.ts', '**/*.mts', '**/*.cts'];

// TypeScript skips dot-folders matched by a directory include ("include": [".storybook"]),
// so .storybook/*.ts is only in the project when tsconfig.json names ".storybook/*.ts".
// Until then, give those files the project service's default project (tsconfig's options).
const tsconfigFiles = ts.parseJsonConfigFileContent(
  ts.readConfigFile(`${import.meta.dirname}/tsconfig.json`, (f) => ts.sys.readFile(f)).config,
  ts.sys,
  import.meta.dirname,
).fileNames;
const storybookInProject = tsconfigFiles.some((f) => f.includes('/.storybook/'));
const ALL_JS = ['**/*.js', '**/*.mjs', '**/*.cjs'];

export default defineConfig(
  globalIgnores([
    '**/node_modules/',
    'dist/',
    'storybook-static/',
    'examples/node_modules/',
    'examples/*/dist/',
    'demo/dist/',
    'coverage/',
    '.wtr-tmp/',
    'custom-elements.json',
    'src/generated/**',
  ]),

  // Everything: plain JavaScript recommended rules.
  {
    name: 'uzl/base',
    files: [...ALL_JS, ...ALL_TS],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // TypeScript: typescript-eslint recommended + type-checked rules.
  {
    name: 'uzl/typescript',
    files: ALL_TS,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: storybookInProject
          ? true
          : { allowDefaultProject: ['.storybook/*.ts'], defaultProject: 'tsconfig.json' },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },

  // TypeScript outside tsconfig.json's include (root vite/size-limit configs …): no type info.
  {
    name: 'uzl/typescript-untyped',
    files: ALL_TS,
    ignores: TYPED_TS,
    extends: [tseslint.configs.disableTypeChecked],
  },

  // Lit templates and custom elements.
  {
    name: 'uzl/lit-wc',
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', '.storybook/**/*.ts'],
    extends: [litConfigs['flat/recommended'], wcConfigs['flat/recommended']],
    settings: {
      wc: { elementBaseClasses: ['LitElement', 'UzlElement'] },
    },
  },

  // Tests and stories: chai-style assertions and loosely typed fixtures are fine.
  {
    name: 'uzl/tests-stories',
    files: ['test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // chai's assertions are typed as thenables (chai-a11y-axe), which this rule cannot tell apart.
      '@typescript-eslint/no-floating-promises': 'off',
    },
  },

  // Node tooling written in JavaScript (scripts/, root configs such as this file).
  {
    name: 'uzl/node-js',
    files: ALL_JS,
    languageOptions: { globals: nodeGlobals },
    rules: {
      'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
