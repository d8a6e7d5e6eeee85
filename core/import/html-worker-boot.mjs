// Starts the page-reading worker from the TypeScript sources (tests, `tsx`), where nothing has
// been bundled: tsx is registered in this thread, then the worker module loads. The bundles
// (scripts/build-electron.mjs, bin/newsmark.mjs) build html-worker.ts into a file of its own.
import { register } from 'tsx/esm/api';

register();
await import('./html-worker.ts');
