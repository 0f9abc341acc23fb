import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriod, parsePeriodId } from '../../../../src/domain/period';
import { parsePeriod } from '../../../../src/ingest/import/parse-period';

const idOf = (text: string) => {
  const parsed = parsePeriod(text);
  return parsed.kind === 'period' ? parsed.id : null;
};

describe('parsePeriod', () => {
  it.each([
    ['2022', '2022'],
    ['2022年', '2022'],
    ['2022年末', '2022'],
    ['２０２２年', '2022'],
    ['2022-12', '2022-12'],
    ['2022/3', '2022-03'],
    ['2022年12月', '2022-12'],
    ['2022Q4', '2022Q4'],
    ['2022q4', '2022Q4'],
    ['2022年第四季度', '2022Q4'],
    ['2022年4季度', '2022Q4'],
    ['2022年1-11月', '2022-01/2022-11'],
    ['2022年1—11月', '2022-01/2022-11'],
    ['2022年1月-11月', '2022-01/2022-11'],
    ['2022年前11个月', '2022-01/2022-11'],
    ['2022年上半年', '2022H1'],
    ['2022年下半年', '2022H2'],
    ['2022H1', '2022H1'],
    ['2023-01/2023-05', '2023-01/2023-05'],
    ['Q1 2023', '2023Q1'],
    ['Jan–May 2023', '2023-01/2023-05'],
  ])('reads %s as %s', (text, id) => expect(idOf(text)).toBe(id));

  it('keeps the kind: a cumulative span is not the year', () => {
    expect(parsePeriod('2022年1-11月')).toEqual({
      kind: 'period',
      id: '2022-01/2022-11',
      periodKind: 'span',
    });
    expect(parsePeriod('2022年')).toEqual({ kind: 'period', id: '2022', periodKind: 'year' });
  });

  it.each(['', '最近5年', '2022年13月', '2022Q5', '2022年5-3月', 'FY22', '22年', '202212', '3000'])(
    'rejects %j',
    (text) => expect(idOf(text)).toBeNull(),
  );
});

/** Every canonical id of a period kind. */
const canonicalId = fc.oneof(
  fc.integer({ min: 1950, max: 2099 }).map(String),
  fc.tuple(fc.integer({ min: 1950, max: 2099 }), fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${y}H${h}`),
  fc.tuple(fc.integer({ min: 1950, max: 2099 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}Q${q}`),
  fc
    .tuple(fc.integer({ min: 1950, max: 2099 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc
    .tuple(
      fc.integer({ min: 1950, max: 2099 }),
      fc.integer({ min: 1, max: 11 }),
      fc.integer({ min: 1, max: 11 }),
    )
    .map(([y, a, b]) => {
      const start = Math.min(a, b);
      const end = Math.max(a, b) + 1;
      const pad = (m: number) => String(m).padStart(2, '0');
      return `${y}-${pad(start)}/${y}-${pad(end)}`;
    }),
);

describe('parsePeriod properties', () => {
  it('reads every canonical id back unchanged', () => {
    fc.assert(
      fc.property(canonicalId, (id) => {
        expect(idOf(id)).toBe(id);
      }),
    );
  });

  it('round-trips canonical ids through their Chinese and English spellings', () => {
    fc.assert(
      fc.property(canonicalId, fc.constantFrom('zh-CN' as const, 'en' as const), (id, locale) => {
        expect(idOf(formatPeriod(id, locale))).toBe(id);
      }),
    );
  });

  it('round-trips Chinese spellings with other dashes, full-width digits and spaces', () => {
    fc.assert(
      fc.property(canonicalId, fc.constantFrom('-', '—', '~', '至'), fc.boolean(), (id, dash, wide) => {
        let text = formatPeriod(id, 'zh-CN').replace('–', dash);
        if (wide) text = text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
        const parsed = parsePeriod(` ${text} `);
        expect(parsed).toEqual({ kind: 'period', id, periodKind: parsePeriodId(id)?.kind });
      }),
    );
  });
});
