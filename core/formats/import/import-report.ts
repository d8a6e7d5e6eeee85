// What an import tells the user, grouped by how each annotation was placed: exactly where the
// file said, moved (its exact words found elsewhere), approximately (a close match, listed with
// the words it was placed on), or not placed (with the reason). Counts come first; the window and
// the CLI show the same summary from this one shape.

import type { PositionReading } from './position-readings.js';

export const PLACEMENT_GROUPS = ['exact', 'moved', 'approximate', 'notPlaced'] as const;
export type PlacementGroup = (typeof PLACEMENT_GROUPS)[number];

export const GROUP_LABELS: Record<PlacementGroup, string> = {
  exact: 'placed exactly',
  moved: 'moved (same words, elsewhere)',
  approximate: 'placed approximately',
  notPlaced: 'not placed',
};

export interface PlacedDetail {
  /** The annotation's quote as the file gives it. */
  quote: string;
  articleId: string;
  articleTitle: string;
  /** The article's words it now marks (differs from `quote` only when approximate). */
  placedOn: string;
  /** How the file's position was read, when it gave one that fitted the quote. */
  reading?: PositionReading;
}

export interface NotPlacedDetail {
  quote: string;
  reason: string;
  /** The article it was meant for, when that is known. */
  articleId?: string;
  articleTitle?: string;
  /** No article of the library could be matched: the user may pick one and import again. */
  noMatchingArticle?: boolean;
}

export interface ImportReport {
  counts: Record<PlacementGroup, number>;
  exact: PlacedDetail[];
  moved: PlacedDetail[];
  approximate: PlacedDetail[];
  notPlaced: NotPlacedDetail[];
  /** Annotations the file carried as orphaned (a new version lost them): kept so, with their old quote. */
  orphansKept: number;
  /** How many positions were read as UTF-16 units, as code points, or fitted both. */
  readings: Record<PositionReading, number>;
}

export function emptyReport(): ImportReport {
  return {
    counts: { exact: 0, moved: 0, approximate: 0, notPlaced: 0 },
    exact: [],
    moved: [],
    approximate: [],
    notPlaced: [],
    orphansKept: 0,
    readings: { 'utf-16': 0, 'code points': 0, either: 0 },
  };
}

/**
 * Details kept per group: the counts are always complete, but a backup of 100,000 annotations
 * should not send 100,000 "placed exactly" lines to the window. A group's list is shorter than
 * its count exactly when it was cut here.
 */
export const MAX_DETAILS = 1000;

export function addPlaced(report: ImportReport, group: Exclude<PlacementGroup, 'notPlaced'>, detail: () => PlacedDetail, reading?: PositionReading): void {
  if (report.counts[group] < MAX_DETAILS) report[group].push(detail());
  report.counts[group] += 1;
  if (reading) report.readings[reading] += 1;
}

export function addNotPlaced(report: ImportReport, detail: NotPlacedDetail): void {
  if (report.counts.notPlaced < MAX_DETAILS) report.notPlaced.push(detail);
  report.counts.notPlaced += 1;
}

/** The summary line both the window and the CLI lead with: "12 placed exactly, 1 moved, …". */
export function summaryLine(report: ImportReport): string {
  const parts = PLACEMENT_GROUPS.map((g) => `${report.counts[g]} ${GROUP_LABELS[g]}`);
  if (report.orphansKept) parts.push(`${report.orphansKept} kept as orphaned`);
  return parts.join(', ');
}

/** How positions were read, when any needed a choice: "positions read as UTF-16 units: 3, as code points: 1". */
export function readingsLine(report: ImportReport): string | null {
  const { 'utf-16': utf16, 'code points': points } = report.readings;
  if (!utf16 && !points) return null;
  return `positions read as UTF-16 units: ${utf16}, as code points: ${points}, fitting both: ${report.readings.either}`;
}

function quoted(text: string): string {
  return text ? `"${text.length > 80 ? `${text.slice(0, 79)}…` : text}"` : '(no quote)';
}

/** One line per annotation that did not land exactly, under its group: what the CLI prints below the summary. */
export function detailLines(report: ImportReport): string[] {
  const lines: string[] = [];
  for (const group of ['moved', 'approximate'] as const) {
    if (report[group].length) lines.push(`  ${GROUP_LABELS[group]} (${report[group].length}):`);
    for (const d of report[group]) {
      const on = d.placedOn === d.quote ? '' : ` on ${quoted(d.placedOn)}`;
      lines.push(`    ${quoted(d.quote)}${on} in ${d.articleTitle}`);
    }
  }
  if (report.notPlaced.length) lines.push(`  ${GROUP_LABELS.notPlaced} (${report.notPlaced.length}):`);
  for (const d of report.notPlaced) lines.push(`    ${quoted(d.quote)}${d.articleTitle ? ` in ${d.articleTitle}` : ''}: ${d.reason}`);
  for (const group of PLACEMENT_GROUPS) {
    const cut = report.counts[group] - report[group].length;
    if (cut > 0 && group !== 'exact') lines.push(`  …and ${cut} more ${GROUP_LABELS[group]}, not listed`);
  }
  return lines;
}
