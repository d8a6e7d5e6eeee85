// Which .ann files `newsmark import` was given and which .txt each belongs to: the .txt of the
// same name beside it, else PolNeAR's layout (`attributions/<story>_<annotator>.ann` beside
// `text/<story>.txt`), else — for `newsmark import story.txt notes.ann` — the one .txt named with
// it. Folders are walked for .ann files; a .txt that has a .ann is imported with it, not alone.

import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { walk } from './article-files.js';

export interface BratPairPaths {
  txt: string;
  ann: string;
}

export interface SortedImports {
  pairs: BratPairPaths[];
  /** .ann files without a .txt, each with the message to print. */
  unpaired: { ann: string; message: string }[];
  /** Everything else named or found, for the ordinary import (the paired .txt files left out). */
  others: string[];
}

const isAnn = (path: string) => extname(path).toLowerCase() === '.ann';

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

/** Where the .txt of an .ann may be, most likely first. */
function candidates(ann: string): string[] {
  const dir = dirname(ann);
  const stem = basename(ann, extname(ann));
  const story = stem.replace(/_[^_]+$/, '');
  const list = [join(dir, `${stem}.txt`)];
  if (story !== stem) list.push(join(dir, `${story}.txt`), join(dir, '..', 'text', `${story}.txt`));
  return list;
}

/**
 * `expand` lists the article files under the paths (folders walked) as the ordinary import would;
 * it is passed in so both imports read folders by the same rule.
 */
export async function sortImports(paths: readonly string[], expand: (paths: string[]) => Promise<string[]>): Promise<SortedImports> {
  const named = paths.filter((p) => isAnn(p));
  const folders: string[] = [];
  for (const p of paths) if (!isAnn(p) && (await stat(p).then((s) => s.isDirectory(), () => false))) folders.push(p);
  const anns = [...named];
  for (const folder of folders) anns.push(...(await walk(folder, isAnn)));
  const others = await expand(paths.filter((p) => !isAnn(p)));
  const namedTxt = paths.filter((p) => extname(p).toLowerCase() === '.txt');
  const sorted: SortedImports = { pairs: [], unpaired: [], others: [] };
  const paired = new Set<string>();
  for (const ann of anns) {
    let txt: string | undefined;
    for (const candidate of candidates(ann)) if (!txt && (await isFile(candidate))) txt = candidate;
    if (!txt && named.length === 1 && namedTxt.length === 1) txt = namedTxt[0];
    if (txt) {
      sorted.pairs.push({ txt, ann });
      paired.add(resolve(txt));
    } else {
      const looked = candidates(ann).map((c) => basename(dirname(c)) + '/' + basename(c));
      sorted.unpaired.push({ ann, message: `${ann} has no .txt to go with it (looked for ${looked.join(', ')}); name the .txt with it: newsmark import STORY.txt ${basename(ann)}` });
    }
  }
  sorted.others = others.filter((p) => !paired.has(resolve(p)));
  return sorted;
}
