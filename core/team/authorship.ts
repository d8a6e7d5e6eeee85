// Who made an annotation and who changed it last: the fields the service stamps on every
// annotation it creates or edits, when the user has set their name (else none, as before), and
// on a file that does not say whose it is when the user does.

import type { AnnotationFile } from '../formats/import/incoming.js';
import type { Annotation } from '../model.js';

export function madeBy(annotator: string | undefined): Pick<Annotation, 'createdBy' | 'updatedBy'> {
  return annotator ? { createdBy: annotator, updatedBy: annotator } : {};
}

export function editedBy(annotator: string | undefined): Pick<Annotation, 'updatedBy'> {
  return annotator ? { updatedBy: annotator } : {};
}

/** A file that does not say whose it is (brat), read as `annotator`'s layer and stamped with their name. */
export function asLayer(file: AnnotationFile, annotator: string | undefined): AnnotationFile {
  if (!annotator) return file;
  const stamp = (a: Annotation): Annotation => ({ ...a, createdBy: a.createdBy ?? annotator, updatedBy: a.updatedBy ?? annotator });
  return {
    ...file,
    articles: file.articles.map((article) => ({
      ...article,
      layer: { name: annotator, role: 'annotator' },
      annotations: article.annotations.map((item) => ({ ...item, annotation: stamp(item.annotation) })),
    })),
  };
}
