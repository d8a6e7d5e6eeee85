// Tells the user what importing a new version of a story did to its annotations.

import type { ImportOutcome } from '../../../core/api/contract';

export function updateMessage({ article, update }: ImportOutcome): string {
  if (!update) return `Imported “${article.title}”.`;
  const { version, carried, orphaned } = update;
  const kept = carried.exact + carried.moved + carried.changed;
  const orphanNote = orphaned.length ? ` ${orphaned.length} could not be placed (orphaned): see Story versions.` : '';
  return `Updated “${article.title}” to version ${version}: ${kept} annotations carried over (${carried.changed} on edited text).${orphanNote}`;
}
