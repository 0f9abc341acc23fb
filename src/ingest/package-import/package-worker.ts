/// <reference lib="webworker" />
import { packageWorkerHandler, type PackageRequest } from './package-protocol';

/**
 * The worker a data package is read and checked in: unzipping, parsing every CSV, the schema
 * checks and the reconciliation with the loaded data would freeze the page for a large package.
 * The protocol is package-protocol.ts; this file only wires it to the worker's messages.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = packageWorkerHandler((message, transfer = []) => scope.postMessage(message, transfer));
scope.onmessage = (event: MessageEvent<PackageRequest>) => handle(event.data);
