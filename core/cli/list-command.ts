// `newsmark list`: one line per article with its counts and how far the annotator is with it
// (everyone's statuses when no annotator is named), and `--status S` to list only the articles
// at that status for the annotator.

import type { InputOf, Outputs } from '../api/contract.js';
import type { Method } from '../api/methods.js';
import { PROGRESS_STATUSES, type ArticleSummary, type ProgressStatus } from '../model.js';
import { STATUS_LABELS, parseStatus, statusOf } from '../team/progress.js';

type Call = <M extends Method>(method: M, input: InputOf<M>) => Promise<Outputs[M]>;

export interface ListOptions {
  json: boolean;
  /** --status as typed. */
  status?: string;
}

/** A usage mistake in the list's flags (the CLI prints it with its usage hint, exit 2). */
export class ListUsageError extends Error {}

function statusFilter(typed: string | undefined, annotator: string | null): ((a: ArticleSummary) => boolean) | undefined {
  if (typed === undefined) return undefined;
  const status = parseStatus(typed);
  if (!status) throw new ListUsageError(`unknown status "${typed}"; the statuses are ${PROGRESS_STATUSES.join(', ')}`);
  if (!annotator) throw new ListUsageError('--status needs an annotator (--annotator NAME, NEWSMARK_ANNOTATOR or the name in Settings): statuses are kept per annotator');
  return (a) => statusOf(a, annotator) === status;
}

/** "done" for the annotator; else every annotator's, "Alice: done, Bob: in progress" ("" when none). */
function progressText(a: ArticleSummary, annotator: string | null): string {
  if (annotator) return STATUS_LABELS[statusOf(a, annotator)];
  return Object.entries(a.progress ?? {})
    .map(([name, status]) => `${name}: ${STATUS_LABELS[status as ProgressStatus]}`)
    .join(', ');
}

export async function listArticles(call: Call, { json, status }: ListOptions, out: (line: string) => void): Promise<number> {
  const { activeAnnotator } = await call('getSettings', {});
  const keep = statusFilter(status, activeAnnotator);
  const all = await call('listArticles', {});
  const articles = keep ? all.filter(keep) : all;
  if (json) {
    out(JSON.stringify(articles, null, 2));
    return 0;
  }
  if (all.length === 0) out('The library is empty. Import a file with: newsmark import FILE');
  else if (articles.length === 0) out(`No article is ${STATUS_LABELS[parseStatus(status!)!]} for ${activeAnnotator}.`);
  for (const a of articles) {
    const { claim, quote, figure } = a.counts;
    const when = a.meta.date ?? a.importedAt.slice(0, 10);
    const progress = progressText(a, activeAnnotator);
    out(`${a.id}  ${when}  claims ${claim}  quotes ${quote}  figures ${figure}  ${progress ? `[${progress}]  ` : ''}${a.title}`);
  }
  return 0;
}
