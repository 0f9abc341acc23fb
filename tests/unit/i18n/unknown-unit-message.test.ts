import { expect, test } from 'vitest';
import { describeImportProblem } from '../../../src/i18n/import-problem-messages';

test('an unknown unit of a catalogue indicator names the indicator’s unit to use', () => {
  expect(describeImportProblem('en', 'unknown-unit', { value: '台/万人', expected: '亿元' })).toContain(
    'Use the indicator’s unit “亿元”',
  );
});

test('an unknown unit of a new indicator, which has no unit yet, does not point at an empty one', () => {
  for (const lang of ['zh', 'en'] as const) {
    const text = describeImportProblem(lang, 'unknown-unit', { value: '台/万人', expected: '' });
    expect(text).toContain('台/万人');
    expect(text).not.toContain('“”');
  }
});
