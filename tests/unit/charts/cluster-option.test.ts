import { describe, expect, it } from 'vitest';
import {
  buildCompositionOption,
  compositionTooltipHtml,
  type CompositionModel,
} from '../../../src/charts/cluster-option';

const HOSTILE = '<img src=x onerror=alert(1)>';

const MODEL: CompositionModel = {
  tiers: [
    { id: 'national_advanced', name: '国家先进制造业集群' },
    { id: 'evil', name: HOSTILE },
  ],
  regions: [
    { code: '440000', name: '广东', total: 5, byTier: { national_advanced: 4, evil: 1 } },
    { code: '990000', name: HOSTILE, total: 2, byTier: { national_advanced: 2 } },
  ],
  highlight: '',
};

type Series = { name: string; stack: string; data: (number | string)[]; itemStyle: { opacity: number } };

describe('buildCompositionOption', () => {
  it('stacks one series per tier, leaving missing segments out rather than drawing zero', () => {
    const option = buildCompositionOption(MODEL, 'zh-CN') as { series: Series[]; yAxis: { data: string[] } };
    expect(option.yAxis.data).toEqual(['440000', '990000']);
    expect(option.series.map((s) => s.name)).toEqual(['国家先进制造业集群', HOSTILE]);
    expect(new Set(option.series.map((s) => s.stack)).size).toBe(1);
    expect(option.series[0]?.data).toEqual([4, 2]);
    expect(option.series[1]?.data).toEqual([1, '-']);
  });

  it('dims the tiers other than the chosen one', () => {
    const option = buildCompositionOption({ ...MODEL, highlight: 'national_advanced' }, 'en') as {
      series: Series[];
    };
    expect(option.series.map((s) => s.itemStyle.opacity)).toEqual([1, 0.3]);
  });

  it('escapes region and tier names from the data in the tooltip', () => {
    const option = buildCompositionOption(MODEL, 'zh-CN') as {
      tooltip: { formatter: (p: { dataIndex: number }[]) => string };
    };
    const hostileRegion = option.tooltip.formatter([{ dataIndex: 1 }]);
    expect(hostileRegion).not.toContain('<img');
    expect(hostileRegion).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const hostileTier = compositionTooltipHtml(MODEL.regions[0]!, MODEL, 'en');
    expect(hostileTier).not.toContain('<img');
    expect(hostileTier).toContain('Named clusters: 5');
    expect(hostileTier).toContain('&lt;img');
  });
});
