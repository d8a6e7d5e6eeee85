// Who made an annotation and who changed it last: the fields the service stamps on every
// annotation it creates or edits, when the user has set their name (else none, as before).

import type { Annotation } from '../model.js';

export function madeBy(annotator: string | undefined): Pick<Annotation, 'createdBy' | 'updatedBy'> {
  return annotator ? { createdBy: annotator, updatedBy: annotator } : {};
}

export function editedBy(annotator: string | undefined): Pick<Annotation, 'updatedBy'> {
  return annotator ? { updatedBy: annotator } : {};
}
