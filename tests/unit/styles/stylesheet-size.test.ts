import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// ESLint's max-lines (400) reads only scripts; the stylesheets keep the same limit here, counted as
// ESLint counts: blank lines and comments left out.
const STYLES = resolve(import.meta.dirname, '..', '..', '..', 'src', 'styles');
const MAX_LINES = 400;

const codeLines = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .filter((line) => line.trim() !== '').length;

describe('stylesheets', () => {
  const files = readdirSync(STYLES).filter((name) => name.endsWith('.css'));

  it('are split into parts, none over 400 lines of rules', () => {
    expect(files.length).toBeGreaterThan(1);
    const sizes = files.map((name) => ({ name, lines: codeLines(readFileSync(join(STYLES, name), 'utf8')) }));
    expect(sizes.filter(({ lines }) => lines > MAX_LINES)).toEqual([]);
  });

  it('are all imported by index.css, so none is left out of the page', () => {
    const index = readFileSync(join(STYLES, 'index.css'), 'utf8');
    const imported = [...index.matchAll(/@import '\.\/([^']+)'/g)].map((m) => m[1]);
    expect([...imported, 'index.css'].sort()).toEqual([...files].sort());
  });
});
