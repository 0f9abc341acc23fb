/**
 * Imported first by main.tsx, so this runs before the rest of the app's modules are evaluated:
 * the built-in data downloads meanwhile. Nothing else may import it.
 */
import { startBuiltinDownloads } from './ingest/builtin-files';

startBuiltinDownloads();
