import { expect, test } from 'vitest';
import { describeImportProblem } from '../../../src/i18n/import-problem-messages';
import { createIndicatorMatcher } from '../../../src/ingest/import/indicator-matcher';
import { fixtureCatalogue } from '../fixture-catalogue';

const { indicators } = fixtureCatalogue([]);
const nameEn = (id: string) => indicators.find((i) => i.id === id)?.nameEn;

function unknownIndicatorParams(text: string) {
  const matcher = createIndicatorMatcher(indicators);
  return matcher.unknownParams(text, matcher.match(text));
}

test('an English "did you mean" names the suggested indicator by its English name', () => {
  const params = unknownIndicatorParams('工业增加');
  expect(params.suggestions).toContain('工业增加值');
  const en = describeImportProblem('en', 'unknown-indicator', params, nameEn);
  expect(en).toContain('Did you mean Industrial value added (iva)?');
  expect(en).not.toContain('工业增加值');
});

test('Chinese messages, and a suggestion without an English name, keep the Chinese name', () => {
  const params = unknownIndicatorParams('工业增加');
  expect(describeImportProblem('zh', 'unknown-indicator', params, nameEn)).toContain(
    '是否指：工业增加值（iva）？',
  );
  expect(describeImportProblem('en', 'unknown-indicator', params, () => undefined)).toContain(
    'Did you mean 工业增加值（iva）?',
  );
});
