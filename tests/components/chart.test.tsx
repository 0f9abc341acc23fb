import { cleanup, render, waitFor } from '@testing-library/react';
import { createRef } from 'react';
import { afterEach, expect, test, vi } from 'vitest';
import { echarts } from '../../src/charts/echarts-bar';
import { Chart, type ChartHandle } from '../../src/components/chart';

afterEach(cleanup);

const barOption = (values: number[]) => ({
  animation: false,
  xAxis: { type: 'category', data: values.map((_, i) => `R${i}`) },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', data: values }],
});

/** Pixels of the canvas that are not blank: the chart really drew something. */
function paintedPixels(canvas: HTMLCanvasElement): number {
  const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
  return painted;
}

test('draws its option on a canvas, labelled for screen readers, and hands out its instance', async () => {
  const handle = createRef<ChartHandle>();
  const { container, getByRole } = render(
    <Chart ref={handle} option={barOption([3, 5, 8])} label="三个地区的柱状图" height={240} />,
  );
  expect(getByRole('img', { name: '三个地区的柱状图' })).toBeTruthy();
  await waitFor(() => expect(handle.current?.instance()).toBeDefined());
  // The canvas can appear a frame after the instance: look for it until it is there and painted.
  await waitFor(() => {
    const drawn = container.querySelector('canvas');
    expect(drawn && paintedPixels(drawn)).toBeGreaterThan(100);
  });
  const canvas = container.querySelector('canvas')!;
  const series = handle.current!.instance()!.getOption().series as { data: number[] }[];
  expect(series[0]!.data).toEqual([3, 5, 8]);
  expect(canvas.parentElement!.parentElement!.style.height).toBe('240px');
});

test('a new option replaces the old one (notMerge); the first draw and later ones are reported', async () => {
  const handle = createRef<ChartHandle>();
  const finished = vi.fn();
  const onFirstDraw = vi.fn();
  const onEvents = { finished };
  const chart = (values: number[]) => (
    <Chart
      ref={handle}
      option={barOption(values)}
      label="chart"
      height={200}
      onEvents={onEvents}
      onFirstDraw={onFirstDraw}
    />
  );
  const { rerender } = render(chart([1, 2]));
  await waitFor(() => expect(onFirstDraw).toHaveBeenCalledTimes(1));
  rerender(chart([9]));
  await waitFor(() => {
    const series = handle.current!.instance()!.getOption().series as { data: number[] }[];
    expect(series[0]!.data).toEqual([9]);
  });
  const xAxis = handle.current!.instance()!.getOption().xAxis as { data: string[] }[];
  expect(xAxis[0]!.data).toEqual(['R0']);
  await waitFor(() => expect(finished).toHaveBeenCalled());
  expect(onFirstDraw).toHaveBeenCalledTimes(1);
});

test('unmounting disposes the ECharts instance', async () => {
  const handle = createRef<ChartHandle>();
  const { container, unmount } = render(
    <Chart ref={handle} option={barOption([4])} label="chart" height={200} />,
  );
  await waitFor(() => expect(handle.current?.instance()).toBeDefined());
  const box = container.querySelector<HTMLDivElement>('.echarts-for-react')!;
  expect(echarts.getInstanceByDom(box)).toBeDefined();
  unmount();
  expect(echarts.getInstanceByDom(box)).toBeUndefined();
});

test('starts a frame after mounting; ready() asked before then resolves with the drawn instance', async () => {
  const handle = createRef<ChartHandle>();
  const { container } = render(<Chart ref={handle} option={barOption([2, 7])} label="chart" height={200} />);
  // Committed without an ECharts instance: its first measure would force the page's layout now.
  expect(container.querySelector('.echarts-for-react')).toBeNull();
  expect(handle.current!.instance()).toBeUndefined();
  const instance = await handle.current!.ready();
  expect(instance).toBe(handle.current!.instance());
  const series = instance!.getOption().series as { data: number[] }[];
  expect(series[0]!.data).toEqual([2, 7]);
});

test('with replaceMerge, a new option replaces the series but keeps the other components', async () => {
  const handle = createRef<ChartHandle>();
  const option = (values: number[]) => ({
    ...barOption(values),
    tooltip: { trigger: 'item', formatter: `${values.length} values` },
  });
  const chart = (values: number[]) => (
    <Chart ref={handle} option={option(values)} label="chart" height={200} replaceMerge={['series']} />
  );
  const { rerender, container } = render(chart([1, 2, 3]));
  const instance = (await handle.current!.ready())!;
  // ECharts puts the tooltip's element beside the canvas's; a replaced option rebuilds it.
  const box = container.querySelector('.echarts-for-react')!;
  const elements = () => [...box.children];
  const before = elements();
  expect(before.length).toBe(2);
  rerender(chart([4]));
  await waitFor(() => {
    const series = instance.getOption().series as { data: number[] }[];
    expect(series.map((s) => s.data)).toEqual([[4]]);
  });
  expect((instance.getOption().tooltip as { formatter: string }[])[0]!.formatter).toBe('1 values');
  expect(elements()).toEqual(before);
  expect(elements()[1]).toBe(before[1]);
});

/** Counts animation frames, so a test can tell in which frame something happened. */
function frameCounter() {
  const counter = { frame: 0, stop: false };
  const tick = () => {
    counter.frame += 1;
    if (!counter.stop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return counter;
}

test('charts mounted together start one per frame, each in a task of its own', async () => {
  const frames = frameCounter();
  const startedIn: number[] = [];
  const handles = [createRef<ChartHandle>(), createRef<ChartHandle>(), createRef<ChartHandle>()];
  render(
    <>
      {handles.map((handle, i) => (
        <Chart
          key={i}
          ref={handle}
          option={barOption([i + 1])}
          label={`chart ${i}`}
          height={120}
          onFirstDraw={() => startedIn.push(frames.frame)}
        />
      ))}
    </>,
  );
  await waitFor(() => expect(startedIn).toHaveLength(3));
  frames.stop = true;
  // No two charts drew their first option in the same frame.
  expect(new Set(startedIn).size).toBe(3);
});

test('a chart far below the screen starts after the ones on it, unasked, without scrolling', async () => {
  const onScreen = vi.fn();
  const below = vi.fn();
  const far = createRef<ChartHandle>();
  render(
    <>
      <Chart
        option={barOption([1])}
        label="on screen"
        height={120}
        onFirstDraw={() => onScreen(performance.now())}
      />
      <div style={{ height: 5000 }} />
      <Chart
        ref={far}
        option={barOption([2])}
        label="far below"
        height={120}
        onFirstDraw={() => below(performance.now())}
      />
    </>,
  );
  await waitFor(() => expect(onScreen).toHaveBeenCalled());
  expect(far.current!.instance()).toBeUndefined();
  await waitFor(() => expect(below).toHaveBeenCalled(), { timeout: 5000 });
  expect(window.scrollY).toBe(0);
  expect(below.mock.calls[0]![0]).toBeGreaterThan(onScreen.mock.calls[0]![0]);
});
