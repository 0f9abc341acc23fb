import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import compat from 'eslint-plugin-compat';
import esx from 'eslint-plugin-es-x';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', '.bench', 'node_modules', 'coverage', 'test-results', 'data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The browsers of package.json's browserslist (Chromium 86, Firefox ESR 78) lack the built-ins
    // added after ES2020: the build lowers syntax, never built-ins, so src/ must not use them.
    // compat checks web APIs against the browserslist; es-x checks the language's built-ins, also
    // on prototypes (`.at()`, `.findLast()`), which compat does not check.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { compat, 'es-x': esx },
    // Type information lets es-x tell an array's `.at()` from any other `.at()`.
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      'compat/compat': 'error',
      ...esx.configs['flat/restrict-to-es2020'].rules,
      ...esx.configs['flat/restrict-to-es2020-intl-api'].rules,
      // Syntax the build lowers for those browsers (es-check on dist/ proves it).
      'es-x/no-logical-assignment-operators': 'off',
      'es-x/no-numeric-separators': 'off',
      'es-x/no-class-instance-fields': 'off',
      'es-x/no-class-static-fields': 'off',
      'es-x/no-class-private-fields': 'off',
      'es-x/no-class-private-methods': 'off',
      'es-x/no-class-static-block': 'off',
      'es-x/no-private-in': 'off',
      // Built-ins that every browser of the list has: replaceAll (Chrome 85, Firefox 77),
      // Intl.ListFormat (Chrome 72, Firefox 78).
      'es-x/no-string-prototype-replaceall': 'off',
      'es-x/no-intl-listformat': 'off',
    },
  },
  {
    // The notice for old browsers runs in IE11: ES5 syntax and built-ins only, as a classic script.
    files: ['public/**/*.js'],
    languageOptions: { ecmaVersion: 5, sourceType: 'script', globals: { document: 'readonly' } },
    plugins: { 'es-x': esx },
    rules: esx.configs['flat/restrict-to-es5'].rules,
  },
  {
    // Playwright fixtures take their dependencies as a destructured (possibly empty) object.
    files: ['tests/e2e/**'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Text from data files must never become markup.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render file text as HTML.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Never assign innerHTML.',
        },
      ],
    },
  },
  {
    // The one-way flow. Layers, top to bottom: app -> views -> components -> charts / export / store
    // -> ingest / i18n -> domain. A file may import only from layers below its own; folders that
    // share a layer do not import each other, and no view folder imports another.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones() }],
      'import-x/no-cycle': 'error',
    },
  },
  {
    // Small modules (the developer guide, issue #13): no file over 400 lines, no function over about
    // 80 (a React component counts with its JSX), no more than 4 positional parameters (pass an
    // options object). Blank lines and comments do not count. The region registry is generated.
    files: ['src/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    ignores: ['src/domain/generated/**'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
      'max-params': 'off',
      '@typescript-eslint/max-params': ['error', { max: 4 }],
    },
  },
  {
    // Pure layers know nothing of React.
    files: ['src/domain/**', 'src/ingest/**', 'src/i18n/**', 'src/charts/**', 'src/export/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'react/*', 'react-dom/*'] }],
    },
  },
);

/** The layers, top first; folders in one entry share a layer. */
function layerZones() {
  const LAYERS = [
    ['app'],
    ['views'],
    ['components'],
    ['charts', 'export', 'store'],
    ['ingest', 'i18n'],
    ['domain'],
  ];
  const VIEWS = ['clusters', 'compare', 'data', 'map', 'profile', 'ranking', 'sources', 'targets', 'trends'];
  const zones = [];
  LAYERS.forEach((layer, depth) => {
    const above = LAYERS.slice(0, depth).flat();
    for (const folder of layer) {
      const sideways = layer.filter((other) => other !== folder);
      for (const from of [...above, ...sideways]) {
        zones.push({
          target: `./src/${folder}`,
          from: `./src/${from}`,
          message: `${folder}/ sits below ${from}/ in the one-way flow (app > views > components > charts, export, store > ingest, i18n > domain).`,
        });
      }
    }
  });
  for (const view of VIEWS) {
    for (const other of VIEWS.filter((v) => v !== view)) {
      zones.push({
        target: `./src/views/${view}`,
        from: `./src/views/${other}`,
        message: 'A view folder never imports another: move what two views share below the views.',
      });
    }
  }
  return zones;
}
