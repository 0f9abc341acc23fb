import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { ClusterRankingTable } from '../../src/views/clusters/cluster-ranking-table';
import type { ClusterRankingViewModel } from '../../src/views/clusters/clusters-view-model';
import '../../src/styles/index.css';

afterEach(cleanup);

const viewModel: ClusterRankingViewModel = {
  level: 'province',
  tier: '',
  tierLabel: '全部层级',
  rows: [
    {
      code: '440000',
      name: '广东',
      rank: 1,
      count: 45,
      basis: 'named',
      atLeast: true,
      upTo: 53,
      named: 45,
      shared: 0,
      planned: 4,
      composition: [],
      stated: [],
    },
  ],
  rankedCount: 1,
  sumOverRegions: 45,
  distinctClusters: 45,
  notAtLevel: 0,
  statedElsewhere: [],
};

test('the planned clusters sit under the named count, so 45 and "4 more" do not read as 454', () => {
  render(<ClusterRankingTable caption="排名" viewModel={viewModel} selected={[]} onToggle={() => {}} />);
  const planned = screen.getByText('另有 4 个规划中');
  const cell = planned.closest('td')!;
  const count = document.createRange();
  count.selectNodeContents(cell.firstChild!);
  expect(cell.firstChild!.textContent).toBe('45');
  // On its own line: the note starts below the count's line, not just after its last digit.
  expect(planned.getBoundingClientRect().top).toBeGreaterThanOrEqual(
    count.getBoundingClientRect().bottom - 1,
  );
});

test('a count over overlapping tiers reads "at least", with the tiers added beside it', () => {
  render(<ClusterRankingTable caption="排名" viewModel={viewModel} selected={[]} onToggle={() => {}} />);
  const cell = screen.getByText('至少45个').closest('td')!;
  expect(cell.textContent).toContain('各层级相加 53 个，其中可能有重复');
});
