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
