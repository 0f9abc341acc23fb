// @vitest-environment node
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint rules of eslint.config.js that keep src/ to the built-ins of package.json's browserslist
 * (Chromium 86, Firefox ESR 78, Safari 14.1): the build lowers syntax, never built-ins.
 */
const root = join(import.meta.dirname, '..', '..', '..');
// Linted as if it were this file of src/, so the src/ rules and the type information apply.
const filePath = join(root, 'src', 'domain', 'target-progress.ts');

async function ruleIds(code: string): Promise<string[]> {
  const [result] = await new ESLint({ cwd: root }).lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the browser-compatibility lint of src/', () => {
  it('flags built-ins newer than the oldest browsers, on arrays, objects and the page', async () => {
    const ids = await ruleIds(
      [
        'export const last = (values: number[]) => values.at(-1);',
        'export const latest = (values: number[]) => values.findLast((v) => v > 0);',
        "export const has = (value: object) => Object.hasOwn(value, 'id');",
        'export const copy = (value: object) => structuredClone(value);',
        '',
      ].join('\n'),
    );
    expect(ids).toContain('es-x/no-array-prototype-at');
    expect(ids).toContain('es-x/no-array-prototype-findlast-findlastindex');
    expect(ids).toContain('es-x/no-object-hasown');
    expect(ids).toContain('compat/compat');
  }, 120_000);

  it('lets through what every browser of the list has, and syntax the build lowers', async () => {
    const ids = await ruleIds(
      [
        "export const dashed = (text: string) => text.replaceAll(' ', '-');",
        'export const at = (values: number[]) => values[values.length - 1];',
        'export function fill(options: { size?: number }) {',
        '  options.size ??= 1;',
        '  return options;',
        '}',
        'export class Counter {',
        '  #count = 0;',
        '  next() {',
        '    return ++this.#count;',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    expect(ids).toEqual([]);
  }, 120_000);
});
