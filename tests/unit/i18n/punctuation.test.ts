import { describe, expect, it } from 'vitest';
import { MESSAGES, type Lang } from '../../../src/i18n/messages';
import { clusterMessages } from '../../../src/views/clusters/messages';
import { COMPARE_MESSAGES } from '../../../src/i18n/compare-messages';
import { importMessages } from '../../../src/views/data/import-messages';
import { dataMessages } from '../../../src/views/data/messages';
import { rankingMessages } from '../../../src/views/ranking/messages';
import { targetsMessages } from '../../../src/views/targets/messages';

const CATALOGUES: Record<string, Record<Lang, Readonly<Record<string, string>>>> = {
  app: MESSAGES,
  clusters: clusterMessages,
  compare: COMPARE_MESSAGES,
  import: importMessages,
  data: dataMessages,
  ranking: rankingMessages,
  targets: targetsMessages,
};

/** Messages of one language that break its colon style: a half-width colon in Chinese, a full-width one in English. */
function offenders(lang: Lang): string[] {
  const wrong = lang === 'zh' ? /:(\s|\{|$)/ : /：/;
  return Object.entries(CATALOGUES).flatMap(([name, catalogue]) =>
    Object.entries(catalogue[lang])
      .filter(([, text]) => wrong.test(text))
      .map(([key, text]) => `${name}.${key}: ${text}`),
  );
}

describe('one colon style per language', () => {
  it('Chinese messages use the full-width colon “：”', () => {
    expect(offenders('zh')).toEqual([]);
  });

  it('English messages use ": "', () => {
    expect(offenders('en')).toEqual([]);
  });
});
