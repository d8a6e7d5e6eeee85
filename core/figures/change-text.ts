// The sentence the Annotations panel shows beside a figure whose words changed (a new version,
// a re-placed orphan) until the user confirms: "value changed: 12,500 posts → 12,600 posts", or,
// for a value typed by hand, what the words now read. Kept beside the readings it describes so
// the service's tests can check the very words the user sees.

import type { FigureChange, FigureReading } from './types.js';

function readingText(r: FigureReading): string {
  if (r.value === null) return 'not read';
  return `${r.value.toLocaleString('en-US', { maximumFractionDigits: 6 })}${r.unit ? ` ${r.unit}` : ''}`;
}

export function figureChangeText(change: FigureChange): string {
  return change.kept
    ? `your value ${readingText(change.from)} was kept; the words now read ${readingText(change.to)}`
    : `value changed: ${readingText(change.from)} → ${readingText(change.to)}`;
}
