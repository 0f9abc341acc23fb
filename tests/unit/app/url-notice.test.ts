import { describe, expect, it } from 'vitest';
import { linkSubstitutions } from '../../../src/app/url-notice';

describe('what a link asked for against what is shown', () => {
  it('nothing to say when the link asked for nothing, or nothing is shown yet', () => {
    expect(linkSubstitutions(null, { indicator: 'gdp', period: '2022' })).toEqual({});
    expect(linkSubstitutions({ indicator: 'gdp', period: '1999' }, null)).toEqual({});
  });

  it('nothing to say when it is shown as asked', () => {
    expect(
      linkSubstitutions({ indicator: 'gdp', period: '2022' }, { indicator: 'gdp', period: '2022' }),
    ).toEqual({});
    // A link without a period asks for the latest: whichever is shown is what it asked for.
    expect(linkSubstitutions({ indicator: 'gdp', period: '' }, { indicator: 'gdp', period: '2023' })).toEqual(
      {},
    );
  });

  it('a period the indicator lacks: the period shown instead, and of which indicator', () => {
    expect(
      linkSubstitutions({ indicator: 'gdp', period: '1999' }, { indicator: 'gdp', period: '2022' }),
    ).toEqual({
      period: { asked: '1999', shown: '2022', indicator: 'gdp' },
    });
  });

  it('an unknown indicator: the indicator shown instead, and its period when one was asked for', () => {
    expect(
      linkSubstitutions({ indicator: 'bogus', period: '1999' }, { indicator: 'iva', period: '2022' }),
    ).toEqual({
      indicator: { asked: 'bogus', shown: 'iva' },
      period: { asked: '1999', shown: '2022', indicator: 'iva' },
    });
  });
});
