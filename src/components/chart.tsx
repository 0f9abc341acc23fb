import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { forwardRef, useImperativeHandle, useRef } from 'react';
import { echarts } from '../charts/echarts-setup';

export interface ChartHandle {
  instance(): EChartsType | undefined;
}

interface ChartProps {
  option: EChartsCoreOption;
  /** What the chart shows, for screen readers; its data is in the table beside it. */
  label: string;
  height: number;
  onEvents?: Record<string, (params: unknown) => void>;
  className?: string;
}

/** A thin wrapper: the tree-shaken ECharts instance, an accessible name, and access for export. */
export const Chart = forwardRef<ChartHandle, ChartProps>(function Chart(
  { option, label, height, onEvents, className },
  ref,
) {
  const inner = useRef<ReactEChartsCore>(null);
  useImperativeHandle(ref, () => ({
    instance: () => inner.current?.getEchartsInstance() as EChartsType | undefined,
  }));
  return (
    <div role="img" aria-label={label} className={className}>
      <ReactEChartsCore
        ref={inner}
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        style={{ height, width: '100%' }}
        onEvents={onEvents}
      />
    </div>
  );
});
