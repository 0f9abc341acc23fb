import type { Page } from '@playwright/test';

/** How many datasets the app has written to IndexedDB (the write finishes after the UI shows them). */
export function storedDatasetCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('mfg-dashboard');
        open.onsuccess = () => {
          const count = open.result.transaction('datasets').objectStore('datasets').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
}

/**
 * Holds the app's storage busy from a second page of the same browser context: a read-write
 * transaction over every store of its database, kept open until `release()`. Any read the app
 * starts meanwhile waits for it, as it would for a slow disk.
 */
export async function holdStorage(page: Page): Promise<{ release(): Promise<void> }> {
  const holder = await page.context().newPage();
  await holder.goto(page.url());
  await holder.evaluate(
    () =>
      new Promise<void>((held) => {
        const open = indexedDB.open('mfg-dashboard');
        open.onsuccess = () => {
          const tx = open.result.transaction(['datasets', 'chunks'], 'readwrite');
          const store = tx.objectStore('datasets');
          const state = window as unknown as { releaseStorage?: boolean };
          // A request always pending keeps the transaction open; it ends once released.
          const spin = () => {
            if (!state.releaseStorage) store.count().onsuccess = spin;
          };
          spin();
          held();
        };
      }),
  );
  return {
    async release() {
      await holder.evaluate(
        () => ((window as unknown as { releaseStorage?: boolean }).releaseStorage = true),
      );
      await holder.close();
    },
  };
}
