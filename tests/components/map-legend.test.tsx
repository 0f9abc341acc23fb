import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { MapLegend } from '../../src/components/map-legend';

afterEach(cleanup);

const entries = [{ classIndex: 0, label: '2 – 6', colour: '#c6dbef', count: 5 }];

test('a legend of counts in a counter without an English word names no empty unit', () => {
  // The targets map counts targets in 个, which English writes as no word at all.
  render(<MapLegend entries={entries} unit="个" locale="en" />);
  expect(screen.getByText(/^Legend/).textContent).toBe('Legend');
  cleanup();
  render(<MapLegend entries={entries} unit="个" locale="zh-CN" />);
  expect(screen.getByText(/^图例/).textContent).toBe('图例（个）');
  cleanup();
  render(<MapLegend entries={entries} unit="亿元" locale="en" />);
  expect(screen.getByText(/^Legend/).textContent).toBe('Legend (100 million yuan)');
});
