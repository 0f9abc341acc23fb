import type { CDPSession } from 'playwright-core';

/**
 * The page's JS heap and its workers' (the import's worker) over CDP, sampled every 100 ms:
 * Runtime.getHeapUsage of the page directly, of each worker through its session.
 */
interface TargetMessage {
  id?: number;
  result?: { usedSize?: number };
}

/** Asks the page's workers for their heap sizes; a worker gone or silent for 2 s counts 0. */
function workerHeaps(cdp: CDPSession) {
  const sessions = new Set<string>();
  const pending = new Map<number, (usage: number) => void>();
  let nextId = 1;
  cdp.on('Target.attachedToTarget', (event) => {
    if (event.targetInfo.type === 'worker') sessions.add(event.sessionId);
  });
  cdp.on('Target.detachedFromTarget', (event) => sessions.delete(event.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as TargetMessage;
    if (message.id === undefined) return;
    pending.get(message.id)?.(message.result?.usedSize ?? 0);
    pending.delete(message.id);
  });
  const heapOf = (sessionId: string) =>
    new Promise<number>((done) => {
      const id = nextId++;
      pending.set(id, done);
      setTimeout(() => pending.delete(id) && done(0), 2000);
      const message = JSON.stringify({ id, method: 'Runtime.getHeapUsage' });
      cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch(() => done(0));
    });
  return async () => (await Promise.all([...sessions].map(heapOf))).reduce((a, b) => a + b, 0);
}

/** Samples until stopped; the peaks of the page, of its workers, and of both at one moment. */
export async function heapSampler(cdp: CDPSession) {
  const peaks = { peakPage: 0, peakWorker: 0, peakSum: 0 };
  const workers = workerHeaps(cdp);
  let workerHeapWorks = true;
  try {
    await cdp.send('Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
  } catch {
    workerHeapWorks = false;
  }
  let running = true;
  const loop = (async () => {
    while (running) {
      const pageHeap = cdp.send('Runtime.getHeapUsage').then(
        (u) => u.usedSize,
        () => 0,
      );
      const [page, worker] = await Promise.all([pageHeap, workers()]);
      peaks.peakPage = Math.max(peaks.peakPage, page);
      peaks.peakWorker = Math.max(peaks.peakWorker, worker);
      peaks.peakSum = Math.max(peaks.peakSum, page + worker);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    workerHeapWorks: () => workerHeapWorks,
    async stop() {
      running = false;
      await loop;
      return peaks;
    },
  };
}
