// What the store holds in memory is frozen, deeply. The store keeps each open article and builds
// its journal line by comparing annotations and links by reference (article-journal.ts), so code
// that changed a stored annotation in place — or sorted or pushed onto a list `get` returned —
// would write nothing to the journal, and a kill before the next whole write would lose an edit
// the user saw acknowledged. Frozen, such code throws at once (ES modules are strict), in tests and
// for users alike. A journalled edit freezes only what it changed, so it costs what it changed.

import type { JournalChange } from './article-journal.js';
import type { ArticleFile } from './stored-schemas.js';

export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) deepFreeze(value[i]);
  else for (const key in value) deepFreeze(value[key]);
  return value;
}

/** `after`, frozen, where `change` (its journal line against a frozen file) says what is new in it. */
export function freezeChanged(after: ArticleFile, change: JournalChange): ArticleFile {
  for (const a of change.annotations?.put ?? []) deepFreeze(a);
  for (const r of change.relations?.put ?? []) deepFreeze(r);
  Object.freeze(after.annotations);
  Object.freeze(after.relations);
  deepFreeze(after.article);
  deepFreeze(after.rejectedSuggestions);
  deepFreeze(after.layers);
  deepFreeze(after.progress);
  return Object.freeze(after);
}
