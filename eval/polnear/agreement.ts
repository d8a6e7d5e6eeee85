// PolNeAR's multi-annotator articles as layers, and the agreement between them: the 4
// annotator-training articles (6 annotators each) and the train/dev articles that have two .ann
// files or more. Each .ann is imported through the app's own service (importBrat with the
// annotator its name ends with: <article>_<annotator>.ann) into a library in a temporary folder,
// so the figures are those a user gets by importing the same files. The texts are read from the
// shared corpus and never copied into the repository.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AgreementResult } from '../../core/agreement/library-agreement.js';
import { LibraryService } from '../../core/service.js';
import { POLNEAR_DIR } from './corpus.js';

/** The corpus paper's figures (Newell, Margolin and Ruths 2018; the corpus's README). */
export const PAPER = { tokenAlpha: 0.754, attributionAgr: 0.923 } as const;

export interface AnnFile {
  article: string;
  annotator: string;
  txt: string;
  ann: string;
}

export const agreementCorpusPresent = (dir = POLNEAR_DIR) => existsSync(join(dir, 'annotator-training', 'attributions'));

function annFiles(compartment: string, dir: string): AnnFile[] {
  const folder = join(dir, compartment, 'attributions');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.ann'))
    .sort()
    .map((f) => {
      const [, article, annotator] = /^(.*)_([^_]+)\.ann$/.exec(f)!;
      return { article: article!, annotator: annotator!, ann: join(folder, f), txt: join(dir, compartment, 'text', `${article}.txt`) };
    });
}

/** The files of the articles with at least two annotators. */
function multiAnnotated(files: readonly AnnFile[]): AnnFile[] {
  const count = new Map<string, number>();
  for (const f of files) count.set(f.article, (count.get(f.article) ?? 0) + 1);
  return files.filter((f) => count.get(f.article)! >= 2);
}

export interface Subsets {
  training: AnnFile[];
  trainDev: AnnFile[];
}

export function agreementSubsets(dir = POLNEAR_DIR): Subsets {
  return { training: multiAnnotated(annFiles('annotator-training', dir)), trainDev: multiAnnotated([...annFiles('train', dir), ...annFiles('dev', dir)]) };
}

export interface SubsetAgreement {
  result: AgreementResult;
  /** Files the import refused, with its message. */
  failed: string[];
  /** Annotations imported and the import's notices (lines it could not read, say). */
  added: number;
  notices: string[];
}

/** Imports the files as layers into a fresh library and measures agreement over all of it. */
export async function subsetAgreement(files: readonly AnnFile[]): Promise<SubsetAgreement> {
  const dir = await mkdtemp(join(tmpdir(), 'newsmark-polnear-'));
  const service = await LibraryService.open(dir);
  try {
    const failed: string[] = [];
    const notices: string[] = [];
    let added = 0;
    for (const f of files) {
      try {
        const outcome = await service.importBrat({
          textFileName: `${f.article}.txt`,
          textBase64: readFileSync(f.txt).toString('base64'),
          annFileName: `${f.article}_${f.annotator}.ann`,
          annBase64: readFileSync(f.ann).toString('base64'),
          annotator: f.annotator,
        });
        added += outcome.added;
        notices.push(...(outcome.notices ?? []).map((n) => `${f.article}_${f.annotator}.ann: ${n}`));
      } catch (err) {
        failed.push(`${f.ann}: ${(err as Error).message}`);
      }
    }
    return { result: await service.agreement({}), failed, added, notices };
  } finally {
    await service.close();
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  }
}
