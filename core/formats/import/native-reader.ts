// Reads a Newsmark export (the native JSON format) for import: its schema version first, then
// its shape with the store's own schemas, then what a schema cannot say — every span lies in its
// article's text and quotes it, every link joins two annotations of its article. An orphan (an
// annotation a new version could not place) is checked against its own old quote: it must lie,
// as it says, in one of the article's earlier texts, not in the current one.
// It reads article by article, each article's annotations a batch at a time (NativeSource), so a
// backup too big to parse whole (backup-pieces.ts) is checked and read with the same code as a
// file parsed whole: nothing holds more than one article's annotations.

import { z } from 'zod';
import { NewsmarkError } from '../../api/errors.js';
import { spanProblem } from '../../anchoring/text-quote.js';
import { hashText } from '../../import/content-hash.js';
import { SCHEMA_VERSION, type Annotation, type LinkedSpan, type Relation } from '../../model.js';
import { annotationSchema, articleSchema, layerSchema, progressSchema, relationSchema } from '../../store/stored-schemas.js';
import type { IncomingArticle, LayerRef } from './incoming.js';
import { invalidFile, zodProblems, type JsonPath, type Problem } from './problems.js';

/** The export without its articles (they are read one at a time). */
const headSchema = z.object({
  schemaVersion: z.number(),
  exportedAt: z.string(),
  annotator: z.string().min(1).optional(),
  articles: z.array(z.unknown()),
});

/** One article without its annotations (they are read a batch at a time). */
const articleRestSchema = articleSchema.pick({ id: true, title: true, meta: true, text: true, versions: true }).extend({
  annotations: z.array(z.unknown()),
  relations: z.array(relationSchema),
  rejectedSuggestions: z.array(z.string()).optional(),
  layers: z.array(layerSchema).optional(),
  progress: progressSchema.optional(),
});

type ArticleRest = z.infer<typeof articleRestSchema>;

/** An article of the file: everything but its annotations, and those a batch at a time. */
export interface ArticlePieces {
  index: number;
  /** The article as parsed, its `annotations` empty (or as the file has it when that is no list). */
  rest: unknown;
  /** Its annotations in order, in batches, each with the index of its first. */
  batches: () => Iterable<{ first: number; items: unknown[] }>;
}

/** A native export, read in pieces: its top-level object with `articles` empty, and each article. */
export interface NativeSource {
  head: unknown;
  articles: () => Iterable<ArticlePieces>;
}

/** An article already parsed (a file read whole, or an article the splitter could not take apart). */
export function parsedArticle(index: number, value: unknown): ArticlePieces {
  const annotations = (value as { annotations?: unknown } | null)?.annotations;
  if (!Array.isArray(annotations)) return { index, rest: value, batches: () => [] };
  return { index, rest: { ...(value as object), annotations: [] }, batches: () => [{ first: 0, items: annotations }] };
}

/** A whole parsed export as a source. */
function parsedSource(data: object): NativeSource {
  const articles = (data as { articles?: unknown }).articles;
  if (!Array.isArray(articles)) return { head: data, articles: () => [] };
  return { head: data, articles: () => articles.map((value: unknown, i) => parsedArticle(i, value)) };
}

/** The ids the library can use as file names. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;

function spanProblems(text: string, span: { start: number; end: number }, exact: string, path: JsonPath): Problem[] {
  const problem = spanProblem(text, span.start, span.end);
  if (problem) return [{ path, message: problem }];
  const found = text.slice(span.start, span.end);
  return found === exact ? [] : [{ path, message: `quotes "${exact}" but the text there is "${found}"` }];
}

function linkedSpanProblems(text: string, a: Annotation, path: JsonPath): Problem[] {
  const linked: [LinkedSpan | undefined, JsonPath][] = [
    [a.fields.claim?.claimant?.span, [...path, 'fields', 'claim', 'claimant', 'span']],
    [a.fields.quote?.speaker?.span, [...path, 'fields', 'quote', 'speaker', 'span']],
  ];
  return linked.flatMap(([span, at]) => (span ? spanProblems(text, span, span.exact, at) : []));
}

/** An orphan's old offsets and quote must fit one of the article's earlier texts. */
function orphanProblems(article: ArticleRest, a: Annotation, path: JsonPath): Problem[] {
  if (a.quote.exact === '') return [{ path: [...path, 'quote', 'exact'], message: 'an orphaned annotation keeps the quote it had; this one is empty' }];
  const earlier = article.versions ?? [];
  if (earlier.some((v) => v.text.slice(a.start, a.end) === a.quote.exact)) return [];
  return [{ path, message: `is orphaned, but no earlier text of the article has "${a.quote.exact}" at ${a.start}-${a.end}` }];
}

/** Its span lies in the text and quotes it; its id is new among `ids` (which it joins). */
function annotationProblems(article: ArticleRest, a: Annotation, at: JsonPath, ids: Set<string>): Problem[] {
  const problems: Problem[] = [];
  if (ids.has(a.id)) problems.push({ path: [...at, 'id'], message: `"${a.id}" is used by two annotations` });
  ids.add(a.id);
  const own = a.anchor?.status === 'orphaned' ? orphanProblems(article, a, at) : spanProblems(article.text, a, a.quote.exact, at);
  problems.push(...own, ...linkedSpanProblems(article.text, a, at));
  return problems;
}

/** Each link joins two of `ids`. */
function relationProblems(relations: readonly Relation[], ids: Set<string>, path: JsonPath): Problem[] {
  const problems: Problem[] = [];
  relations.forEach((r, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!ids.has(r[end])) problems.push({ path: [...path, 'relations', i, end], message: `no annotation "${r[end]}" in this article` });
    }
  });
  return problems;
}

/** What is wrong with one article: `shape` what its schema says, `sense` what a schema cannot. */
function checkArticle({ index, rest, batches }: ArticlePieces, shape: Problem[], sense: Problem[]): void {
  const path = ['articles', index];
  const parsed = articleRestSchema.safeParse(rest);
  if (!parsed.success) shape.push(...zodProblems(parsed.error.issues, path));
  const article = parsed.success ? parsed.data : undefined;
  if (article && !SAFE_ID.test(article.id)) sense.push({ path: [...path, 'id'], message: 'an article id is 1 to 100 letters, digits, "-" or "_"' });
  const ids = new Set<string>();
  for (const { first, items } of batches()) {
    items.forEach((item, j) => {
      const at = [...path, 'annotations', first + j];
      const checked = annotationSchema.safeParse(item);
      if (!checked.success) shape.push(...zodProblems(checked.error.issues, at));
      else if (article) sense.push(...annotationProblems(article, checked.data, at, ids));
    });
  }
  if (!article) return;
  sense.push(...relationProblems(article.relations, ids, path));
  article.layers?.forEach((layer, i) => {
    const at = [...path, 'layers', i];
    const layerIds = new Set<string>();
    layer.annotations.forEach((a, k) => sense.push(...annotationProblems(article, a, [...at, 'annotations', k], layerIds)));
    sense.push(...relationProblems(layer.relations, layerIds, at));
  });
}

function checkVersion(fileName: string, version: unknown): void {
  if (version === SCHEMA_VERSION) return;
  if (typeof version === 'number' && Number.isInteger(version) && version > SCHEMA_VERSION) {
    throw new NewsmarkError(
      'unsupported-version',
      `${fileName} was written by a newer Newsmark (schemaVersion ${version}; this one reads ${SCHEMA_VERSION}). Update Newsmark to import it.`,
    );
  }
  throw new NewsmarkError('unsupported-version', `${fileName} has schemaVersion ${JSON.stringify(version)}, which no Newsmark wrote; this one reads ${SCHEMA_VERSION}.`);
}

/** Checks the whole file, an article at a time; throws what is wrong (its shape first), naming where. */
export function checkNativeExport(fileName: string, source: NativeSource): void {
  checkVersion(fileName, (source.head as { schemaVersion?: unknown } | null)?.schemaVersion);
  const shape: Problem[] = [];
  const sense: Problem[] = [];
  const head = headSchema.safeParse(source.head);
  if (!head.success) shape.push(...zodProblems(head.error.issues));
  for (const article of source.articles()) checkArticle(article, shape, sense);
  if (shape.length) throw invalidFile(fileName, 'Newsmark export', shape);
  if (sense.length) throw invalidFile(fileName, 'Newsmark export', sense);
}

/**
 * Each article of a checked export, as what the import places: the user's own annotations (or
 * the exporting annotator's), then each layer's. One article's annotations exist at a time.
 */
export function* nativeArticles(source: NativeSource): Generator<IncomingArticle[]> {
  const { annotator } = headSchema.parse(source.head);
  const owner: LayerRef = annotator ? { name: annotator, role: 'annotator' } : null;
  for (const { rest, batches } of source.articles()) {
    const { annotations: _none, relations, rejectedSuggestions, versions, layers, progress, ...article } = articleRestSchema.parse(rest);
    const incoming = { ...article, contentHash: hashText(article.text), ...(versions?.length ? { versions } : {}) };
    const own: IncomingArticle = { article: incoming, annotations: [], relations, layer: owner };
    for (const { items } of batches()) for (const item of items) own.annotations.push({ annotation: annotationSchema.parse(item), units: 'utf-16' });
    if (rejectedSuggestions?.length) own.rejectedSuggestions = rejectedSuggestions;
    if (progress && Object.keys(progress).length) own.progress = progress;
    const layered = (layers ?? []).map((l): IncomingArticle => ({
      article: incoming,
      annotations: l.annotations.map((annotation) => ({ annotation, units: 'utf-16' as const })),
      relations: l.relations,
      layer: { name: l.name, role: l.role },
    }));
    yield [own, ...layered];
  }
}

/** A whole parsed export, checked and read. */
export function readNativeExport(fileName: string, data: { schemaVersion?: unknown }): IncomingArticle[] {
  const source = parsedSource(data);
  checkNativeExport(fileName, source);
  return [...nativeArticles(source)].flat();
}
