// Reads a Newsmark export (the native JSON format) for import: its schema version first, then
// its shape with the store's own schemas, then what a schema cannot say — every span lies in its
// article's text and quotes it, every link joins two annotations of its article. An orphan (an
// annotation a new version could not place) is checked against its own old quote: it must lie,
// as it says, in one of the article's earlier texts, not in the current one.

import { z } from 'zod';
import { NewsmarkError } from '../../api/errors.js';
import { spanProblem } from '../../anchoring/text-quote.js';
import { hashText } from '../../import/content-hash.js';
import { SCHEMA_VERSION, type Annotation, type LinkedSpan } from '../../model.js';
import { annotationSchema, articleSchema, layerSchema, progressSchema, relationSchema } from '../../store/stored-schemas.js';
import type { IncomingArticle, LayerRef } from './incoming.js';
import { invalidFile, zodProblems, type JsonPath, type Problem } from './problems.js';

const exportSchema = z.object({
  schemaVersion: z.number(),
  exportedAt: z.string(),
  annotator: z.string().min(1).optional(),
  articles: z.array(
    articleSchema
      .pick({ id: true, title: true, meta: true, text: true, versions: true })
      .extend({
        annotations: z.array(annotationSchema),
        relations: z.array(relationSchema),
        rejectedSuggestions: z.array(z.string()).optional(),
        layers: z.array(layerSchema).optional(),
        progress: progressSchema.optional(),
      }),
  ),
});

type ExportedArticle = z.infer<typeof exportSchema>['articles'][number];

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

type AnnotationSet = Pick<ExportedArticle, 'annotations' | 'relations'>;

/** An orphan's old offsets and quote must fit one of the article's earlier texts. */
function orphanProblems(article: ExportedArticle, a: Annotation, path: JsonPath): Problem[] {
  if (a.quote.exact === '') return [{ path: [...path, 'quote', 'exact'], message: 'an orphaned annotation keeps the quote it had; this one is empty' }];
  const earlier = article.versions ?? [];
  if (earlier.some((v) => v.text.slice(a.start, a.end) === a.quote.exact)) return [];
  return [{ path, message: `is orphaned, but no earlier text of the article has "${a.quote.exact}" at ${a.start}-${a.end}` }];
}

/** Each span lies in the text and quotes it; ids are unique and links join two of them (per layer). */
function setProblems(article: ExportedArticle, set: AnnotationSet, path: JsonPath): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  set.annotations.forEach((a, i) => {
    const at = [...path, 'annotations', i];
    if (ids.has(a.id)) problems.push({ path: [...at, 'id'], message: `"${a.id}" is used by two annotations` });
    ids.add(a.id);
    const own = a.anchor?.status === 'orphaned' ? orphanProblems(article, a, at) : spanProblems(article.text, a, a.quote.exact, at);
    problems.push(...own, ...linkedSpanProblems(article.text, a, at));
  });
  set.relations.forEach((r, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!ids.has(r[end])) problems.push({ path: [...path, 'relations', i, end], message: `no annotation "${r[end]}" in this article` });
    }
  });
  return problems;
}

function articleProblems(article: ExportedArticle, path: JsonPath): Problem[] {
  const problems: Problem[] = [];
  if (!SAFE_ID.test(article.id)) problems.push({ path: [...path, 'id'], message: 'an article id is 1 to 100 letters, digits, "-" or "_"' });
  problems.push(...setProblems(article, article, path));
  article.layers?.forEach((layer, i) => problems.push(...setProblems(article, layer, [...path, 'layers', i])));
  return problems;
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

export function readNativeExport(fileName: string, data: { schemaVersion?: unknown }): IncomingArticle[] {
  checkVersion(fileName, data.schemaVersion);
  const parsed = exportSchema.safeParse(data);
  if (!parsed.success) throw invalidFile(fileName, 'Newsmark export', zodProblems(parsed.error.issues));
  const problems = parsed.data.articles.flatMap((article, i) => articleProblems(article, ['articles', i]));
  if (problems.length) throw invalidFile(fileName, 'Newsmark export', problems);
  const owner: LayerRef = parsed.data.annotator ? { name: parsed.data.annotator, role: 'annotator' } : null;
  return parsed.data.articles.flatMap(({ annotations, relations, rejectedSuggestions, versions, layers, progress, ...article }) => {
    const incoming = { ...article, contentHash: hashText(article.text), ...(versions?.length ? { versions } : {}) };
    const set = (s: AnnotationSet, layer: LayerRef): IncomingArticle => ({
      article: incoming,
      annotations: s.annotations.map((annotation) => ({ annotation, units: 'utf-16' as const })),
      relations: s.relations,
      layer,
    });
    const own = {
      ...set({ annotations, relations }, owner),
      ...(rejectedSuggestions?.length ? { rejectedSuggestions } : {}),
      ...(progress && Object.keys(progress).length ? { progress } : {}),
    };
    return [own, ...(layers ?? []).map((l) => set(l, { name: l.name, role: l.role }))];
  });
}
