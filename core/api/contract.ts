// The one API the UI and the CLI use, as a method table: each method's input schema (checked at
// runtime on every transport) and its output type. Electron's IPC, the Chromium test harness and
// the CLI all serve exactly this table.

import { z } from 'zod';
import { KINDS, type Annotation, type ArticleDocument, type ArticleSummary } from '../model.js';
import type { Method } from './methods.js';
import type { Result } from './errors.js';

const id = z.string().min(1).max(200);
const tags = z.array(z.string().trim().min(1).max(100)).max(200);
const note = z.string().max(100_000);

export const inputSchemas = {
  getLibraryInfo: z.object({}).strict(),
  listArticles: z.object({}).strict(),
  getArticle: z.object({ id }).strict(),
  importFile: z
    .object({
      fileName: z.string().min(1).max(1000),
      /** The file's bytes, base64 encoded (JSON-safe on every transport). */
      contentBase64: z.string(),
    })
    .strict(),
  updateArticle: z.object({ id, title: z.string().trim().min(1).max(1000) }).strict(),
  deleteArticle: z.object({ id }).strict(),
  createAnnotation: z
    .object({
      articleId: id,
      kind: z.enum(KINDS),
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      note: note.optional(),
      tags: tags.optional(),
    })
    .strict(),
  updateAnnotation: z
    .object({
      articleId: id,
      id,
      kind: z.enum(KINDS).optional(),
      note: note.optional(),
      tags: tags.optional(),
    })
    .strict(),
  deleteAnnotation: z.object({ articleId: id, id }).strict(),
  exportJson: z.object({ articleId: id.optional() }).strict(),
} satisfies Record<Method, z.ZodType>;

export type { Method };
export type InputOf<M extends Method> = z.infer<(typeof inputSchemas)[M]>;

export interface ImportOutcome {
  article: ArticleSummary;
  /** True when the same text was already in the library: nothing new was stored. */
  duplicate: boolean;
}

export interface ExportedFile {
  fileName: string;
  content: string;
}

export interface Outputs {
  getLibraryInfo: { libraryDir: string; notices: string[] };
  listArticles: ArticleSummary[];
  getArticle: ArticleDocument;
  importFile: ImportOutcome;
  updateArticle: ArticleSummary;
  deleteArticle: { deleted: string };
  createAnnotation: Annotation;
  updateAnnotation: Annotation;
  deleteAnnotation: { deleted: string };
  exportJson: ExportedFile;
}

/** What the service implements. */
export type NewsmarkApi = { [M in Method]: (input: InputOf<M>) => Promise<Outputs[M]> };

/** What `window.newsmark` offers the renderer: every method, answering with a Result. */
export type NewsmarkBridge = {
  [M in Method]: (input: InputOf<M>) => Promise<Result<Outputs[M]>>;
} & {
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onMenu(listener: (command: import('./methods.js').MenuCommand) => void): () => void;
};
