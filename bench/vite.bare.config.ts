import { defineConfig } from 'vite';

/** Builds the bare reference page the benchmark compares the dashboard with. */
export default defineConfig({
  root: import.meta.dirname + '/bare',
  base: './',
  build: {
    outDir: import.meta.dirname + '/../dist-bench',
    emptyOutDir: true,
    modulePreload: { polyfill: false },
  },
});
