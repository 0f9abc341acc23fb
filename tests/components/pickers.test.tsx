import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { act } from 'react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { IndicatorPeriodPickers } from '../../src/components/indicator-period-pickers';
import type { Indicator } from '../../src/domain/types';
import { useAppStore } from '../../src/store/app-store';
import '../../src/styles/index.css';
import { fixtureCatalogue, observation } from '../unit/fixture-catalogue';

const indicator = (id: string, nameZh: string, nameEn: string, unit: string): Indicator => ({
  id,
  nameZh,
  nameEn,
  unit,
  category: 'output',
  higherIsBetter: true,
  description: '',
});
const INDICATORS = [
  indicator('iva', '工业增加值', 'Industrial value added', '亿元'),
  indicator('firms', '规上工业企业数', 'Industrial enterprises', '家'),
];
const resolved = { indicator: INDICATORS[0], period: '2022', periods: ['2021', '2022', '2023H1'] };
const PROVINCES = { level: 'province' } as const;

// iva has province figures; firms only the figure of one city (深圳, under 广东).
const base = fixtureCatalogue([
  observation('320000', 1, '2022'),
  observation('440300', 2, '2022', { indicatorId: 'firms', unit: '家' }),
]);
const CATALOGUE = { ...base, indicators: INDICATORS };

const initial = useAppStore.getState();
beforeEach(() => useAppStore.setState({ ...initial, catalogue: CATALOGUE }, true));
afterEach(cleanup);

test('offers every indicator with its unit and every period, and shows the current choice', () => {
  render(<IndicatorPeriodPickers scope={PROVINCES} resolved={resolved} />);
  const indicatorPicker = screen.getByLabelText<HTMLSelectElement>('指标');
  // An indicator with city figures only is offered on the national map too, marked as such.
  expect([...indicatorPicker.options].map((o) => o.text)).toEqual([
    '工业增加值（亿元）',
    '规上工业企业数（家）（仅市级）',
  ]);
  expect(indicatorPicker.value).toBe('iva');
  const periodPicker = screen.getByLabelText<HTMLSelectElement>('时期');
  // Several periods: each region's latest figure is offered too, for regions that report in different ones.
  expect([...periodPicker.options].map((o) => o.value)).toEqual(['2021', '2022', '2023H1', 'latest']);
  expect(periodPicker.value).toBe('2022');
});

test('a choice goes to the store: a new indicator resets the period, a new period is kept', () => {
  useAppStore.setState({ period: '2022' });
  render(<IndicatorPeriodPickers scope={PROVINCES} resolved={resolved} />);
  fireEvent.change(screen.getByLabelText('时期'), { target: { value: '2021' } });
  expect(useAppStore.getState().period).toBe('2021');
  fireEvent.change(screen.getByLabelText('指标'), { target: { value: 'firms' } });
  expect(useAppStore.getState().indicator).toBe('firms');
  expect(useAppStore.getState().period).toBe('');
});

test('speaks English when the interface does', () => {
  render(<IndicatorPeriodPickers scope={PROVINCES} resolved={resolved} />);
  act(() => useAppStore.getState().setLang('en'));
  const indicatorPicker = screen.getByLabelText<HTMLSelectElement>('Indicator');
  // English units in English words; a count has no classifier to translate.
  expect(indicatorPicker.options[0]!.text).toBe('Industrial value added (100 million yuan)');
  expect(indicatorPicker.options[1]!.text).toBe('Industrial enterprises (city level only)');
  expect(screen.getByLabelText<HTMLSelectElement>('Period').options[2]!.text).toMatch(/H1|half/i);
});

test('in a province, an indicator with no figure for its cities is marked so', () => {
  render(<IndicatorPeriodPickers scope={{ level: 'city', parentCode: '440000' }} resolved={resolved} />);
  const indicatorPicker = screen.getByLabelText<HTMLSelectElement>('指标');
  expect([...indicatorPicker.options].map((o) => o.text)).toEqual([
    '规上工业企业数（家）',
    '工业增加值（亿元）（本省无数据）',
  ]);
});

test('the indicator picker is as wide with a very long name among its labels, and its tooltip names the choice', () => {
  const width = () => screen.getByLabelText<HTMLSelectElement>('指标').getBoundingClientRect().width;
  render(<IndicatorPeriodPickers scope={PROVINCES} resolved={resolved} />);
  const short = width();
  expect(screen.getByLabelText('指标').title).toBe('工业增加值（亿元）');
  cleanup();
  // A drop-down is otherwise as wide as its widest label, which Chromium measures in every layout.
  const long = indicator(
    'long',
    '国家制造业创新中心和国家地方共建制造业创新中心数量'.repeat(3),
    'Long',
    '个',
  );
  const observations = [
    ...base.observations,
    observation('320000', 3, '2022', { indicatorId: 'long', unit: '个' }),
  ];
  useAppStore.setState({ catalogue: { ...base, observations, indicators: [...INDICATORS, long] } });
  render(<IndicatorPeriodPickers scope={PROVINCES} resolved={resolved} />);
  expect(width()).toBe(short);
});
