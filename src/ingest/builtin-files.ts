import descriptor from '../../data/datapackage.json';

/** Downloads started ahead of the code that reads them, by path. */
const started = new Map<string, Promise<string>>();

function download(path: string): Promise<string> {
  // The URL is relative to the page, which makes the build work under any sub-path; no-cache, so a
  // correction an administrator makes in the deployed data/ folder shows on the next visit.
  return fetch(new URL(`data/${path}`, document.baseURI), { cache: 'no-cache' }).then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  });
}

/**
 * Starts downloading every file of the built-in data package. The entry module imports this first,
 * so the files download while the rest of the app's code is evaluated (about half a second at 4x CPU
 * throttling), not after.
 */
export function startBuiltinDownloads(): void {
  for (const { path } of descriptor.resources) {
    const text = download(path);
    text.catch(() => {}); // reported when the file is read
    started.set(path, text);
  }
}

/** The text of a built-in file: the download started early, or a new one. */
export function builtinFileText(path: string): Promise<string> {
  const text = started.get(path);
  started.delete(path);
  return text ?? download(path);
}
