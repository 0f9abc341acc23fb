import { describe, expect, it } from 'vitest';
import { buildTimelineOption, timelineTooltipHtml } from '../../../src/charts/target-timeline-option';
import { TARGET_STATUSES, type TargetStatus } from '../../../src/domain/target-status';
import type { TimelineBucket } from '../../../src/views/targets/targets-view-model';

const HOSTILE = '<img src=x onerror=alert(1)>';
const zeros = () => Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>;

const BUCKETS: TimelineBucket[] = [
  {
    year: '2023',
    label: '2023年',
    counts: { ...zeros(), missed: 2 },
    total: 2,
    targets: ['a', 'b'],
  },
  {
    year: '2025',
    label: '2025年',
    counts: { ...zeros(), on_track: 1, behind: 1 },
    total: 2,
    targets: [`${HOSTILE} · 工业总产值 ≥ 1万亿元`, '"><script>alert(2)</script>'],
  },
  { year: '', label: '未定截止期', counts: { ...zeros(), no_baseline: 1 }, total: 1, targets: ['c'] },
];

const INPUT = {
  buckets: BUCKETS,
  statusLabels: {
    met: '已达成',
    on_track: '进度正常',
    behind: '落后',
    missed: '未达成',
    no_baseline: '<b>缺少</b>',
    no_figure: '无实际值，无法判断',
    passed_no_figure: '已过截止期，无实际值',
  },
  axisName: '目标数',
  moreLabel: (n: number) => `另有 ${n} 个`,
};

interface TimelineShape {
  xAxis: { data: string[] };
  series: { name: string; stack: string; data: ({ value: number } | string)[] }[];
  tooltip: { formatter(params: unknown): string };
}

describe('buildTimelineOption', () => {
  const option = buildTimelineOption(INPUT) as unknown as TimelineShape;

  it('puts years in order and "no deadline" after a gap, never on a year', () => {
    expect(option.xAxis.data).toEqual(['2023年', '2025年', ' ', '未定截止期']);
  });

  it('stacks one series per status with counts, and nothing drawn for empty slots', () => {
    expect(option.series.map((s) => s.stack)).toEqual(TARGET_STATUSES.map(() => 'targets'));
    const passed = option.series[TARGET_STATUSES.indexOf('missed')];
    expect(passed?.data[0]).toMatchObject({ value: 2 });
    expect(passed?.data[2]).toBe('-');
    const noBaseline = option.series[TARGET_STATUSES.indexOf('no_baseline')];
    expect(noBaseline?.data[3]).toMatchObject({ value: 1 });
  });

  it('escapes every text from the data in the tooltip', () => {
    const html = option.tooltip.formatter([{ dataIndex: 1 }]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('进度正常：1');
    expect(option.tooltip.formatter({ dataIndex: 2 })).toBe('');
    expect(timelineTooltipHtml(BUCKETS[2] as TimelineBucket, INPUT)).toContain('&lt;b&gt;缺少&lt;/b&gt;：1');
  });

  it('names at most eight targets and counts the rest', () => {
    const many: TimelineBucket = {
      ...BUCKETS[0]!,
      total: 11,
      targets: Array.from({ length: 11 }, (_, i) => `t${i}`),
    };
    const html = timelineTooltipHtml(many, INPUT);
    expect(html).toContain('t7');
    expect(html).not.toContain('t8');
    expect(html).toContain('另有 3 个');
  });
});
