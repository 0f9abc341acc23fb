import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';

/**
 * Downloads what a button saves; EXPORT_DIR keeps a copy for looking at the files. An export that
 * fails shows its error in the menu instead of saving: the test fails with that error at once,
 * rather than waiting out the download's timeout with nothing to say why.
 */
export async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const alert = button.locator('xpath=ancestor::*[contains(@class, "export-menu")][1]').getByRole('alert');
  const failure = alert.waitFor({ timeout: 60_000 }).then(
    async () => `the export failed: ${await alert.textContent()}`,
    () => '', // no error shown (or the page closed): the download settles the race
  );
  const failed = failure.then((message) =>
    message ? Promise.reject(new Error(message)) : new Promise<never>(() => {}),
  );
  const [file] = await Promise.race([Promise.all([page.waitForEvent('download'), button.click()]), failed]);
  const name = file.suggestedFilename();
  if (process.env.EXPORT_DIR) await file.saveAs(join(process.env.EXPORT_DIR, name));
  return { name, bytes: await readFile((await file.path()) ?? '') };
}

export interface ParsedSvg {
  /** The XML parser's complaint, '' when the file is well-formed. */
  error: string;
  width: number;
  height: number;
  /** The frame's own texts (title, legend, source, date), in document order. */
  frameTexts: string[];
  /** The texts of the chart nested in the frame. */
  chartTexts: string[];
}

/** Parses an exported SVG with the browser's XML parser (not the forgiving HTML one). */
export function parseSvg(page: Page, text: string): Promise<ParsedSvg> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const error = doc.getElementsByTagName('parsererror')[0]?.textContent ?? '';
    const root = doc.documentElement;
    const nested = root.querySelector('g > svg');
    const own = [...root.children].filter((el) => el.tagName === 'text');
    return {
      error: error || (root.tagName === 'svg' ? '' : `root is <${root.tagName}>`),
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      frameTexts: own.map((el) => el.textContent ?? ''),
      chartTexts: nested ? [...nested.querySelectorAll('text')].map((el) => el.textContent ?? '') : [],
    };
  }, text);
}

export interface DecodedPng {
  width: number;
  height: number;
  /** Share of dark pixels in the top band, where the title is drawn. */
  titleInk: number;
}

/** Decodes a PNG in the browser and looks for the title's ink in its top band. */
export function decodePng(page: Page, bytes: Buffer): Promise<DecodedPng> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no canvas');
    context.drawImage(image, 0, 0);
    // The title's first line lies within the top 40 CSS pixels (80 at the export's 2x).
    const band = context.getImageData(0, 0, canvas.width, Math.min(80, canvas.height)).data;
    let dark = 0;
    for (let i = 0; i < band.length; i += 4)
      if ((band[i] ?? 255) < 100 && (band[i + 1] ?? 255) < 100) dark += 1;
    return { width: image.naturalWidth, height: image.naturalHeight, titleInk: dark / (band.length / 4) };
  }, bytes.toString('base64'));
}

/** Today as the export writes it, in the page's (the machine's) time zone. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
