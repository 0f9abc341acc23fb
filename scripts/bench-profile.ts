import type { CDPSession } from 'playwright-core';

/**
 * `BENCH_PROFILE=1 npm run bench:import` (or `bench:views`): a CPU profile of the page's main thread
 * over the import (or each view's opens), and for each of the page's long tasks the functions that
 * took the time, inclusive and self. Read it against an unminified build
 * (`npx vite build --minify false`) to see names.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** How many functions of a task's self time are listed under its inclusive times. */
const SELF_FUNCTIONS = 8;

const frameName = (node: ProfileNode) => {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split('/').pop() ?? '';
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
};

/** Inclusive time per function in samples [from, to): each function counted once per sample. */
function inclusive(profile: Profile, parents: Map<number, number>, byId: Map<number, ProfileNode>) {
  return (from: number, to: number) => {
    const time = new Map<string, number>();
    for (let i = from; i < to; i += 1) {
      const delta = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const seen = new Set<string>();
      for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parents.get(id)) {
        const node = byId.get(id);
        if (!node || node.callFrame.functionName === '(root)') continue;
        const name = frameName(node);
        if (seen.has(name)) continue;
        seen.add(name);
        time.set(name, (time.get(name) ?? 0) + delta);
      }
    }
    return [...time].sort((a, b) => b[1] - a[1]);
  };
}

/** Self time per function in samples [from, to): the function each sample was in. */
function selfTime(profile: Profile, byId: Map<number, ProfileNode>) {
  return (from: number, to: number) => {
    const time = new Map<string, number>();
    for (let i = from; i < to; i += 1) {
      const node = byId.get(profile.samples[i]!);
      if (!node) continue;
      const name = frameName(node);
      time.set(name, (time.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000);
    }
    return [...time].sort((a, b) => b[1] - a[1]);
  };
}

/** A long task as the page's PerformanceObserver saw it (performance.now() times). */
export interface TaskWindow {
  start: number;
  duration: number;
}

/**
 * For each of the longest tasks, the functions that took its time. `pageAtStart` is the page's
 * performance.now() when the profile started, which places the samples on the page's clock.
 */
export function summariseProfile(
  profile: Profile,
  {
    tasks,
    pageAtStart,
    show = 5,
    functions = 14,
  }: { tasks: TaskWindow[]; pageAtStart: number; show?: number; functions?: number },
) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n.id);
  const timeOf = inclusive(profile, parents, byId);
  const selfOf = selfTime(profile, byId);
  // The time of each sample, in the page's milliseconds.
  const at: number[] = [];
  let t = profile.startTime;
  for (const delta of profile.timeDeltas) at.push(pageAtStart + ((t += delta) - profile.startTime) / 1000);
  const lines: string[] = [];
  for (const task of [...tasks].sort((a, b) => b.duration - a.duration).slice(0, show)) {
    const from = at.findIndex((x) => x >= task.start);
    let to = from;
    while (to >= 0 && to < at.length && at[to]! <= task.start + task.duration) to += 1;
    lines.push(
      `  task ${task.duration.toFixed(0)} ms at ${task.start.toFixed(0)} (inclusive time per function):`,
    );
    for (const [name, ms] of timeOf(Math.max(0, from), to).slice(0, functions))
      lines.push(`    ${ms.toFixed(0).padStart(5)} ms  ${name}`);
    lines.push('   self time:');
    for (const [name, ms] of selfOf(Math.max(0, from), to).slice(0, SELF_FUNCTIONS))
      lines.push(`    ${ms.toFixed(0).padStart(5)} ms  ${name}`);
  }
  return lines.join('\n');
}

/** Starts sampling the page's main thread every 0.5 ms; `stop` returns the profile. */
export async function startProfile(cdp: CDPSession) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'performance.now()' });
  const pageAtStart = Number(result.value);
  return {
    async stop(tasks: TaskWindow[]) {
      const { profile } = await cdp.send('Profiler.stop');
      return summariseProfile(profile as unknown as Profile, { tasks, pageAtStart });
    },
  };
}
