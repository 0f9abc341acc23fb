import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { builtinDataPackage } from '../scripts/builtin-data-plugin.ts';

/** Builds the reference page the benchmark compares the dashboard with, with the same data/ beside it. */
export default defineConfig({
  root: import.meta.dirname + '/reference',
  base: './',
  plugins: [react(), builtinDataPackage()],
  build: {
    outDir: import.meta.dirname + '/../dist-bench',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
  },
});
