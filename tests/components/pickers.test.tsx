import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { act } from 'react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { IndicatorPeriodPickers } from '../../src/components/indicator-period-pickers';
import type { Indicator } from '../../src/domain/types';
import { useAppStore } from '../../src/store/app-store';

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

const initial = useAppStore.getState();
beforeEach(() => useAppStore.setState(initial, true));
afterEach(cleanup);

test('offers every indicator with its unit and every period, and shows the current choice', () => {
  render(<IndicatorPeriodPickers indicators={INDICATORS} resolved={resolved} />);
  const indicatorPicker = screen.getByLabelText<HTMLSelectElement>('指标');
  expect([...indicatorPicker.options].map((o) => o.text)).toEqual([
    '工业增加值（亿元）',
    '规上工业企业数（家）',
  ]);
  expect(indicatorPicker.value).toBe('iva');
  const periodPicker = screen.getByLabelText<HTMLSelectElement>('时期');
  // Several periods: each region's latest figure is offered too, for regions that report in different ones.
  expect([...periodPicker.options].map((o) => o.value)).toEqual(['2021', '2022', '2023H1', 'latest']);
  expect(periodPicker.value).toBe('2022');
});

test('a choice goes to the store: a new indicator resets the period, a new period is kept', () => {
  useAppStore.setState({ period: '2022' });
  render(<IndicatorPeriodPickers indicators={INDICATORS} resolved={resolved} />);
  fireEvent.change(screen.getByLabelText('时期'), { target: { value: '2021' } });
  expect(useAppStore.getState().period).toBe('2021');
  fireEvent.change(screen.getByLabelText('指标'), { target: { value: 'firms' } });
  expect(useAppStore.getState().indicator).toBe('firms');
  expect(useAppStore.getState().period).toBe('');
});

test('speaks English when the interface does', () => {
  render(<IndicatorPeriodPickers indicators={INDICATORS} resolved={resolved} />);
  act(() => useAppStore.getState().setLang('en'));
  const indicatorPicker = screen.getByLabelText<HTMLSelectElement>('Indicator');
  // English units in English words; a count has no classifier to translate.
  expect(indicatorPicker.options[0]!.text).toBe('Industrial value added (100 million yuan)');
  expect(indicatorPicker.options[1]!.text).toBe('Industrial enterprises');
  expect(screen.getByLabelText<HTMLSelectElement>('Period').options[2]!.text).toMatch(/H1|half/i);
});
