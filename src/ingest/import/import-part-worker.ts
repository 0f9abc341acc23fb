/// <reference lib="webworker" />
import { createPart, type PartCheckRequest, type PartReadRequest } from './import-parts';
import { candidateBuffers } from './validate-import';

/**
 * The second worker of a large import (see import-parts.ts): reads the second part of the file when
 * asked, keeps its records, and checks them once the first worker has found the header and mapping.
 */
export type PartMessage =
  { type: 'read'; request: PartReadRequest } | { type: 'check'; request: PartCheckRequest };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const part = createPart();

scope.onmessage = (event: MessageEvent<PartMessage>) => {
  const message = event.data;
  try {
    if (message.type === 'read') scope.postMessage({ type: 'read', result: part.read(message.request) });
    else {
      const rows = part.check(message.request);
      scope.postMessage({ type: 'checked', rows }, candidateBuffers(rows.candidates));
    }
  } catch (error) {
    scope.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
