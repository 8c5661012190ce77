// @ts-check
/**
 * ESLint: JavaScript's and typescript-eslint's recommended rules for every .ts and .astro file,
 * with eslint-plugin-astro for components. Formatting is Prettier's job, not ESLint's.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first: a folder may import from the folders before it, never from
 * those after it (CONTRIBUTING.md, "One way to do each thing"). Code that runs only on a
 * developer's machine lives in tools/, which src/ never imports.
 */
const LAYERS = ['format', 'i18n', 'record', 'publish', 'views'];
const ABOVE_ALL = ['search', 'browser', 'integrations', 'components', 'layouts', 'pages'];
/**
 * @param {string} layer
 * @returns {import('eslint').Linter.Config}
 */
const layerRule = (layer) => {
  const above = [...LAYERS.slice(LAYERS.indexOf(layer) + 1), ...ABOVE_ALL];
  return {
    files: [`src/${layer}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...above.map((folder) => ({
              group: [`**/${folder}/*`],
              message: `src/${layer}/ may not import from src/${folder}/, a later layer.`,
            })),
            { group: ['**/tools/*'], message: 'src/ never imports tools/ (code for developers’ machines).' },
          ],
        },
      ],
    },
  };
};

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', '.dist-*/', 'screenshots/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // An empty catch says "this may fail and nothing follows" (blocked storage) without comment
      // bytes in inline scripts, which are sent as written.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  ...LAYERS.map(layerRule),
);
