// Turns what the user dropped or chose into the files to import. Folders are walked (a drop
// gives file-system entries; the folder picker a flat list with relative paths); only article
// files are kept (isImportCandidate), hidden ones are skipped, and the rest are counted so the
// summary can say how many files were not articles.

import { isHiddenPath, isImportCandidate } from '../../../core/import/extensions';

export interface PickedFile {
  file: File;
  /** Where it was found, relative to what the user picked ("folder/sub/story.txt"). */
  path: string;
}

export interface Picked {
  files: PickedFile[];
  /** Files that are not articles (pictures, say), left out. */
  ignored: number;
}

function sorted(found: PickedFile[]): Picked {
  const visible = found.filter((f) => !isHiddenPath(f.path));
  const files = visible.filter((f) => isImportCandidate(f.file.name));
  files.sort((a, b) => a.path.localeCompare(b.path));
  return { files, ignored: visible.length - files.length };
}

/** From a file input (with or without webkitdirectory). */
export function pickedFromInput(list: FileList | null): Picked {
  return sorted(Array.from(list ?? [], (file) => ({ file, path: file.webkitRelativePath || file.name })));
}

function readBatch(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

async function walk(entry: FileSystemEntry, out: PickedFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ file, path: entry.fullPath.replace(/^\//, '') });
  } else if (entry.isDirectory) {
    // readEntries answers in batches (100 at a time in Chromium) until it answers with none.
    const reader = (entry as FileSystemDirectoryEntry).createReader();
    for (let batch = await readBatch(reader); batch.length; batch = await readBatch(reader)) {
      for (const child of batch) await walk(child, out);
    }
  }
}

/** From a drop. The DataTransfer is read at once: its items are gone after the drop event. */
export async function pickedFromDrop(data: DataTransfer): Promise<Picked> {
  const items = Array.from(data.items).filter((item) => item.kind === 'file');
  const entries = items.map((item) => item.webkitGetAsEntry());
  const plain = items.map((item) => item.getAsFile());
  const found: PickedFile[] = [];
  for (const [i, entry] of entries.entries()) {
    const file = plain[i];
    if (entry) await walk(entry, found);
    else if (file) found.push({ file, path: file.name });
  }
  return sorted(found);
}
