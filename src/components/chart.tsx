import * as echarts from 'echarts/core';
import type { EChartsCoreOption, EChartsType } from 'echarts/core';
// The core entry's ES module build: its CommonJS twin (lib/core) reaches an ES module importer as
// the whole `exports` object under Node's interop rules, which the build follows.
import EChartsReact from 'echarts-for-react/esm/core';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { chartTheme } from '../charts/chart-theme';
import { useChartStart } from './use-chart-start';

export interface ChartHandle {
  instance(): EChartsType | undefined;
  /**
   * The instance once the chart has drawn its first option. A chart starts when it nears the
   * viewport, in its turn (use-chart-start.ts); asking for it here starts it at once.
   */
  ready(): Promise<EChartsType | undefined>;
}

/** A promise and the function that resolves it: the chart's readiness, asked before it starts. */
function readiness() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

type ChartEventHandler = (params: unknown) => void;

interface ChartProps {
  option: EChartsCoreOption;
  /** What the chart shows, for screen readers; its data is in the table beside it. */
  label: string;
  height: number;
  /** Memoise it: echarts-for-react rebinds every handler whenever this object changes. */
  onEvents?: Record<string, ChartEventHandler>;
  /**
   * Called once the first option has been drawn. echarts-for-react sets that option before it binds
   * `onEvents`, and ECharts draws it synchronously (no lazy update), so the first 'finished' event
   * fires before any handler is bound; later draws do reach a 'finished' handler.
   */
  onFirstDraw?(): void;
  className?: string;
  /**
   * Merge each new option into the drawn one, replacing only these component types, instead of
   * replacing the whole option. The other components keep their models and views (the tooltip keeps
   * its element, which ECharts otherwise rebuilds, forcing a layout, on every option). Only for
   * charts whose options always set the same keys of those other components.
   */
  replaceMerge?: string[];
  /**
   * Start ECharts in the commit that mounts the chart, not a frame later: for the first view's
   * chart, where the first coloured map would wait that frame and there is no click to keep quick.
   */
  startAtMount?: boolean;
}

/**
 * Every chart of the app: echarts-for-react's core entry, given the tree-shaken `echarts/core`
 * (each view's setup module registers the chart types and components it uses, e.g.
 * charts/echarts-map.ts). The lifecycle is echarts-for-react's; this adds only the theme, the
 * accessible label and an export handle. `theme` and `opts` are constants: echarts-for-react
 * disposes and recreates the chart when either changes.
 */
export const Chart = forwardRef<ChartHandle, ChartProps>(function Chart(
  { option, label, height, onEvents, onFirstDraw, className, replaceMerge, startAtMount },
  ref,
) {
  const chart = useRef<EChartsReact>(null);
  const box = useRef<HTMLDivElement>(null);
  const [ready] = useState(readiness);
  const { started, startNow } = useChartStart(box, startAtMount);
  // One handle for the chart's life: a new one each render would call a callback ref twice per
  // render (null, then the handle).
  useImperativeHandle(
    ref,
    () => ({
      instance: () => chart.current?.getEchartsInstance(),
      ready: () => {
        startNow();
        return ready.promise.then(() => chart.current?.getEchartsInstance());
      },
    }),
    [startNow, ready],
  );
  const onChartReady = useCallback(() => {
    // echarts-for-react sizes the instance from a temporary one drawn a frame before; a chart that
    // starts while the window is being resized (charts start in turn, use-chart-start.ts) can keep
    // that stale width, which its size sensor, bound after, never reports. Measure again.
    const instance = chart.current?.getEchartsInstance();
    const element = box.current;
    if (instance && element && Math.abs(instance.getWidth() - element.clientWidth) > 1)
      instance.resize({ width: 'auto', height: 'auto' });
    ready.resolve();
    onFirstDraw?.();
  }, [ready, onFirstDraw]);
  // The box's width is followed here too: a width change during the chart's start reaches no size
  // sensor of echarts-for-react's (it is bound after the first draw).
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      const instance = chart.current?.getEchartsInstance();
      if (instance && Math.abs(instance.getWidth() - element.clientWidth) > 1)
        instance.resize({ width: 'auto', height: 'auto' });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  // A new style object each render would make echarts-for-react resize the chart every time.
  const style = useMemo(() => ({ height, width: '100%' }), [height]);
  return (
    <div role="img" aria-label={label} className={className} ref={box}>
      {/* ECharts starts in its turn, after the chart has mounted (its first measure would force the
          layout of everything just committed into this task); until then a box of its size holds
          the place. */}
      {started ? (
        <EChartsReact
          ref={chart}
          echarts={echarts}
          option={option}
          notMerge={!replaceMerge}
          replaceMerge={replaceMerge}
          theme={chartTheme()}
          style={style}
          onEvents={onEvents}
          onChartReady={onChartReady}
        />
      ) : (
        <div style={style} />
      )}
    </div>
  );
});
