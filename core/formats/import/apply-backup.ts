// Imports a Newsmark backup read in pieces (backup-pieces.ts) in two passes: the whole file is
// checked first — a bad or cut backup is refused naming where, and changes nothing — then each
// article is placed and merged on its own, against the library's article with its id or its text
// (all a native article can land in: place.ts), so what is held at once is one article's
// annotations, never the whole file nor the whole library. The outcome is the one a whole-file
// import reports.

import type { ArticleDocument } from '../../model.js';
import { addOutcome, applyImport, emptyOutcome, type AnnotationImportOutcome, type ApplyOptions, type LibraryWriter } from './apply-import.js';
import type { IncomingArticle } from './incoming.js';
import { checkNativeExport, nativeArticles, type NativeSource } from './native-reader.js';

/** The library's articles an incoming article may merge into: the one with its id, the one with its text. */
export type ArticleLookup = (article: IncomingArticle['article']) => Promise<ArticleDocument[]>;

export async function applyBackup(
  fileName: string,
  source: NativeSource,
  lookup: ArticleLookup,
  now: string,
  writer: LibraryWriter,
  options: ApplyOptions = {},
): Promise<AnnotationImportOutcome> {
  checkNativeExport(fileName, source);
  const total = emptyOutcome('json');
  for (const parts of nativeArticles(source)) {
    const file = { format: 'json' as const, articles: parts, loose: [], relations: [], ignored: 0 };
    addOutcome(total, await applyImport(file, await lookup(parts[0]!.article), now, writer, options));
  }
  return total;
}
