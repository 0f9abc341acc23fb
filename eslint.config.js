import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
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
