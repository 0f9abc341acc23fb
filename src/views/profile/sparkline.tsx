import type { FigureTrend } from './profile-figures';

const WIDTH = 96;
const HEIGHT = 24;
const PAD = 3;

/** Runs of consecutive values: a gap ends one polyline and starts the next, never bridged. */
export function sparklineRuns(trend: FigureTrend): { x: number; y: number }[][] {
  const present = trend.values.filter((v): v is number => v !== null);
  const min = Math.min(...present);
  const max = Math.max(...present);
  const span = max - min || 1;
  const step = trend.values.length > 1 ? (WIDTH - 2 * PAD) / (trend.values.length - 1) : 0;
  const runs: { x: number; y: number }[][] = [];
  let run: { x: number; y: number }[] = [];
  trend.values.forEach((v, i) => {
    if (v === null) {
      if (run.length) runs.push(run);
      run = [];
      return;
    }
    const y = max === min ? HEIGHT / 2 : HEIGHT - PAD - ((v - min) / span) * (HEIGHT - 2 * PAD);
    run.push({ x: PAD + i * step, y });
  });
  if (run.length) runs.push(run);
  return runs;
}

/** A small line of a figure's periods, drawn as SVG so it prints as sharply as the text beside it. */
export function Sparkline({ trend, label }: { trend: FigureTrend; label: string }) {
  const runs = sparklineRuns(trend);
  return (
    <svg
      className="sparkline"
      width={WIDTH}
      height={HEIGHT}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      {runs.map((run) => (
        <polyline
          key={`${run[0]?.x}`}
          points={run.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')}
          fill="none"
          stroke="#0b5cad"
          strokeWidth={1.5}
        />
      ))}
      {runs.flat().map((p) => (
        <circle key={p.x} cx={p.x.toFixed(1)} cy={p.y.toFixed(1)} r={1.8} fill="#0b5cad" />
      ))}
    </svg>
  );
}
