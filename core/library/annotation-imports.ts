// The part of the API that brings annotation files in: a file of any format is read and checked
// whole, then placed and merged (apply-import.ts); a Newsmark backup is read in pieces, from its
// bytes or from disk, checked whole first, then merged an article at a time (apply-backup.ts).
// Split from service.ts, which delegates these methods here behind the same contract.

import { readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { InputOf } from '../api/contract.js';
import { readBratPair } from '../formats/brat/read-brat.js';
import { BUILT_IN_MAPPING, readMapping } from '../formats/brat/mapping.js';
import { applyBackup } from '../formats/import/apply-backup.js';
import { applyImport, type AnnotationImportOutcome, type LibraryWriter } from '../formats/import/apply-import.js';
import { openBackup } from '../formats/import/backup-pieces.js';
import { bytesSource, fileSource, type ByteSource } from '../formats/import/backup-scan.js';
import type { AnnotationFile } from '../formats/import/incoming.js';
import type { Tally } from '../formats/import/merge.js';
import type { PlaceOptions } from '../formats/import/place.js';
import { readAnnotationFile } from '../formats/import/read-annotation-file.js';
import { uploadBytes } from '../formats/import/read-json.js';
import { MAX_ANNOTATION_FILE_BYTES } from '../import/size-limits.js';
import type { ArticleDocument } from '../model.js';
import type { LibraryStore } from '../store/library-store.js';
import { asLayer } from '../team/authorship.js';

/** What an annotation file's import may take besides the file (importAnnotations' other inputs). */
type AnnotationFileOptions = Pick<InputOf<'importAnnotations'>, 'intoArticleId' | 'mapping'>;

/** What the service lends: its store, its clock and user, the imports' queue, its recorded changes. */
export interface ImportHost {
  store: LibraryStore;
  now: () => string;
  annotator: () => string | undefined;
  /** Runs `work` in the imports' turn (one import at a time). */
  imports: <T>(work: () => Promise<T>) => Promise<T>;
  /** Every readable article of the library. */
  library: () => Promise<ArticleDocument[]>;
  /** A change of one article, serialised and recorded for undo. */
  change: (articleId: string, label: string, compute: (doc: ArticleDocument) => { next: ArticleDocument; result: Tally }) => Promise<Tally>;
}

export class AnnotationImports {
  constructor(private readonly host: ImportHost) {}

  /** Reads and checks the whole file first; only then places and merges, one article at a time. */
  async importAnnotations({ fileName, contentBase64, intoArticleId, mapping }: InputOf<'importAnnotations'>): Promise<AnnotationImportOutcome> {
    return this.importAnnotationBytes(fileName, uploadBytes(fileName, contentBase64), { ...(intoArticleId ? { intoArticleId } : {}), ...(mapping ? { mapping } : {}) });
  }

  /**
   * importAnnotations from the file's bytes (not in the contract, as importAnnotationFile). A
   * Newsmark backup is read in pieces (backup-pieces.ts); anything else whole, up to `maxBytes`
   * (MAX_ANNOTATION_FILE_BYTES; tests lower it).
   */
  async importAnnotationBytes(fileName: string, bytes: Buffer, options: AnnotationFileOptions = {}, maxBytes = MAX_ANNOTATION_FILE_BYTES): Promise<AnnotationImportOutcome> {
    return this.importAnnotationSource(fileName, bytesSource(bytes), () => bytes, options, maxBytes);
  }

  /**
   * A backup on disk, at any size (the CLI's import): read an article at a time, never whole.
   * What turns out not to be a Newsmark backup is read whole, as importAnnotationBytes reads it.
   */
  async importAnnotationFile(path: string, options: AnnotationFileOptions = {}, maxBytes = MAX_ANNOTATION_FILE_BYTES): Promise<AnnotationImportOutcome> {
    const handle = await open(path, 'r');
    try {
      return await this.importAnnotationSource(basename(path), fileSource(handle.fd, (await handle.stat()).size), () => readFileSync(handle.fd), options, maxBytes);
    } finally {
      await handle.close();
    }
  }

  private async importAnnotationSource(fileName: string, source: ByteSource, whole: () => Buffer, { intoArticleId, mapping }: AnnotationFileOptions, maxBytes: number): Promise<AnnotationImportOutcome> {
    const rules = mapping ? readMapping(mapping.fileName, mapping.json) : undefined;
    const backup = openBackup(fileName, source, maxBytes);
    if (backup) {
      return this.host.imports(() => applyBackup(fileName, backup, (article) => this.mergeCandidates(article), this.host.now(), this.importWriter(), { owner: this.host.annotator() }));
    }
    return this.applyAnnotationFile(readAnnotationFile(fileName, whole(), this.host.now(), rules, maxBytes), intoArticleId ? { intoArticleId } : {});
  }

  /** The library's article with this id and the one with this text (each once), for a backup's article to merge into. */
  private async mergeCandidates(article: { id: string; contentHash: string }): Promise<ArticleDocument[]> {
    const ids = new Set([this.host.store.summary(article.id)?.id, this.host.store.findByHash(article.contentHash)?.id].filter((id) => id !== undefined));
    const docs: ArticleDocument[] = [];
    for (const id of ids) {
      const doc = await this.host.store.getIfReadable(id);
      if (doc) docs.push(doc);
    }
    return docs;
  }

  /** A brat .txt with its .ann: checked whole first, then placed like any annotation file. */
  async importBrat({ textFileName, textBase64, annFileName, annBase64, mapping, annotator }: InputOf<'importBrat'>): Promise<AnnotationImportOutcome> {
    const rules = mapping ? readMapping(mapping.fileName, mapping.json) : BUILT_IN_MAPPING;
    const pair = { textFileName, textBytes: Buffer.from(textBase64, 'base64'), annFileName, annBytes: Buffer.from(annBase64, 'base64') };
    // brat files do not say who made them: `annotator` names the layer they go to.
    return this.applyAnnotationFile(asLayer(readBratPair(pair, rules, this.host.now()), annotator));
  }

  private async applyAnnotationFile(file: AnnotationFile, options: PlaceOptions = {}): Promise<AnnotationImportOutcome> {
    return this.host.imports(async () =>
      applyImport(file, await this.host.library(), this.host.now(), this.importWriter(), { ...options, owner: this.host.annotator() }),
    );
  }

  /** How an import writes: new articles put, known ones changed (serialised and recorded for undo). */
  private importWriter(): LibraryWriter {
    return {
      create: async (doc) => void (await this.host.store.put(doc, this.host.now())),
      merge: (id, merge) =>
        this.host.change(id, 'Import annotations', (doc) => {
          const { next, tally } = merge(doc);
          return { next, result: tally };
        }),
    };
  }
}
