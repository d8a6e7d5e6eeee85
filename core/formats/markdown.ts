// A report people read: per article its title and metadata, the claims with status, verdict and
// evidence, the quotes with their speakers, and a table of the figures with normalised values.
// Text from the article and the user is escaped, so it never turns into Markdown structure.

import { compareByPosition, type Annotation, type ArticleDocument, type ArticleMeta, type Evidence, type FigureFields } from '../model.js';
import { FORM_LABEL, STATUS_LABEL } from './labels.js';
import { canonicalUrl } from './urls.js';

/** A web address in running text, without the punctuation that usually follows one. */
const URL_IN_TEXT = /https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]'’”]/g;

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~!&]/g, '\\$&');
}

/** An http(s) address as Markdown writes it in angle brackets: `|` encoded so a table cell holds it. */
function autolink(href: string): string {
  return `<${href.replace(/\|/g, '%7C')}>`;
}

/**
 * Text on one line (any line break, CR and Unicode separators included, becomes a space), its
 * Markdown punctuation backslash-escaped, and its http(s) addresses as autolinks (a backslash
 * inside a bare address would become part of the link).
 */
export function inline(text: string): string {
  const flat = text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
  let out = '';
  let last = 0;
  for (const match of flat.matchAll(URL_IN_TEXT)) {
    const href = canonicalUrl(match[0]);
    out += escapeMarkdown(flat.slice(last, match.index)) + (href ? autolink(href) : escapeMarkdown(match[0]));
    last = match.index + match[0].length;
  }
  return out + escapeMarkdown(flat.slice(last));
}

const META_LINES: [keyof ArticleMeta, string][] = [
  ['date', 'Date'],
  ['dateline', 'Dateline'],
  ['agency', 'Agency'],
  ['outlet', 'Outlet'],
  ['author', 'Author'],
  ['source', 'Source file'],
];

/** A link for http(s) URLs; any other address is shown as code, never made clickable. */
function link(url: string, title: string): string {
  const href = canonicalUrl(url);
  if (href) return title ? `[${inline(title)}](${autolink(href)})` : autolink(href);
  // Shown as code on one line: a line break in it would end the paragraph and let what follows
  // become a heading or raw HTML.
  const code = url.replace(/`/g, "'").replace(/\s+/g, ' ').trim();
  return `${title ? `${inline(title)} ` : ''}${code ? `\`${code}\`` : ''}`;
}

/** The quoted text in quotation marks, unless it brings its own. */
function quoted(exact: string): string {
  return /^["“„«‘']/.test(exact) ? inline(exact) : `“${inline(exact)}”`;
}

function metaLines(meta: ArticleMeta): string[] {
  const lines = META_LINES.flatMap(([key, label]) => (typeof meta[key] === 'string' ? [`- **${label}:** ${inline(meta[key])}`] : []));
  if (meta.url) lines.push(`- **URL:** ${link(meta.url, '')}`);
  return lines;
}

function details(a: Annotation, extra: (string | null)[]): string[] {
  const lines = [...extra, a.tags.length ? `**Tags:** ${a.tags.map(inline).join(', ')}` : null, a.note ? `**Note:** ${inline(a.note)}` : null];
  return lines.flatMap((line) => (line ? [`   - ${line}`] : []));
}

function evidenceLine(e: Evidence): string {
  const extra = [e.note ? inline(e.note) : '', e.accessedAt ? `accessed ${inline(e.accessedAt)}` : ''].filter(Boolean).join('; ');
  return `${link(e.url, e.title)}${extra ? ` — ${extra}` : ''}`;
}

function claimItem(a: Annotation, n: number): string[] {
  const claim = a.fields.claim;
  return [
    `${n}. ${quoted(a.quote.exact)}`,
    ...details(a, [
      `**Status:** ${STATUS_LABEL[claim?.status ?? 'unverified']}`,
      claim?.claimant ? `**Claimant:** ${inline(claim.claimant.name)}` : null,
      claim?.verdict ? `**Verdict:** ${inline(claim.verdict)}` : null,
      ...(claim?.evidence ?? []).map((e) => `**Evidence:** ${evidenceLine(e)}`),
    ]),
  ];
}

function quoteItem(a: Annotation, n: number): string[] {
  const quote = a.fields.quote;
  const how = [quote?.form ? FORM_LABEL[quote.form].toLowerCase() : '', quote?.cue ? `“${inline(quote.cue)}”` : ''].filter(Boolean).join(', ');
  const speaker = quote?.speaker ? ` — **${inline(quote.speaker.name)}**` : ' — *speaker unknown*';
  return [`${n}. ${quoted(a.quote.exact)}${speaker}${how ? ` (${how})` : ''}`, ...details(a, [])];
}

function figureValue(f: FigureFields | undefined): string {
  if (!f) return '';
  if (f.value === null) return f.date ?? '';
  return f.valueMax === undefined ? String(f.value) : `${f.value}–${f.valueMax}`;
}

function figureRow(a: Annotation): string {
  const f = a.fields.figure;
  const cells = [a.quote.exact, f?.kind ?? '', figureValue(f), f?.unit ?? '', f?.scale ?? '', f?.approximate ?? '', a.note];
  return `| ${cells.map(inline).join(' | ')} |`;
}

function section<T>(title: string, items: T[], render: (items: T[]) => string[]): string[] {
  return items.length ? [`## ${title} (${items.length})`, '', ...render(items), ''] : [];
}

function articleReport({ article, annotations }: ArticleDocument): string {
  const sorted = [...annotations].sort(compareByPosition);
  const ofKind = (kind: Annotation['kind']) => sorted.filter((a) => a.kind === kind);
  const lines = [
    `# ${inline(article.title)}`,
    '',
    ...metaLines(article.meta),
    '',
    ...section('Claims', ofKind('claim'), (items) => items.flatMap((a, i) => claimItem(a, i + 1))),
    ...section('Quotes', ofKind('quote'), (items) => items.flatMap((a, i) => quoteItem(a, i + 1))),
    ...section('Figures', ofKind('figure'), (items) => [
      '| Figure | Kind | Value | Unit | Scale | Approximate | Note |',
      '|---|---|---|---|---|---|---|',
      ...items.map(figureRow),
    ]),
    ...(sorted.length ? [] : ['*No annotations.*', '']),
  ];
  return lines.join('\n').replace(/\n{3,}/g, '\n\n');
}

export function markdownExport(docs: readonly ArticleDocument[]): string {
  return `${docs.map(articleReport).join('\n---\n\n').trimEnd()}\n`;
}
