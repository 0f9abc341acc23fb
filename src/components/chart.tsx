import * as echarts from 'echarts/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { forwardRef, useImperativeHandle, useLayoutEffect, useRef } from 'react';
import { chartTheme } from '../charts/chart-theme';

export interface ChartHandle {
  instance(): EChartsType | undefined;
}

type ChartEventHandler = (params: unknown) => void;

interface ChartProps {
  option: EChartsCoreOption;
  /** What the chart shows, for screen readers; its data is in the table beside it. */
  label: string;
  height: number;
  onEvents?: Record<string, ChartEventHandler>;
  className?: string;
}

/**
 * A thin React wrapper around one ECharts instance: created once, given each new option, resized
 * with its box, disposed on unmount. (echarts-for-react creates every chart twice, waiting a frame
 * for an empty one to render first, which cost a quarter of a second of the first map at 4x CPU
 * throttling; see `npm run bench`.) The chart types and components in use are registered by the
 * view's own setup module (charts/echarts-map.ts, charts/echarts-bar.ts).
 */
export const Chart = forwardRef<ChartHandle, ChartProps>(function Chart(
  { option, label, height, onEvents, className },
  ref,
) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | undefined>(undefined);
  useImperativeHandle(ref, () => ({ instance: () => chart.current }));

  useLayoutEffect(() => {
    const box = element.current;
    if (!box) return;
    const instance = echarts.init(box, chartTheme());
    chart.current = instance;
    let size = `${box.clientWidth}x${box.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const next = `${box.clientWidth}x${box.clientHeight}`;
      if (next === size) return;
      size = next;
      instance.resize();
    });
    observer.observe(box);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  // Handlers are bound before the option is set, so the first 'finished' event is not missed.
  useLayoutEffect(() => {
    const instance = chart.current;
    if (!instance || !onEvents) return;
    const entries = Object.entries(onEvents);
    for (const [name, handler] of entries) instance.on(name, handler);
    return () => {
      for (const [name, handler] of entries) instance.off(name, handler);
    };
  }, [onEvents]);

  useLayoutEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div role="img" aria-label={label} className={className}>
      <div ref={element} style={{ height, width: '100%' }} />
    </div>
  );
});
