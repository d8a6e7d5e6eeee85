// What a screen reader hears when an annotation is chosen: its kind, its text and its key field.

import type { Annotation } from '../../../core/model';
import { KIND_LABEL } from '../labels';
import { preview } from '../panel/preview';

export function announcement(a: Annotation): string {
  const who = a.kind === 'quote' ? a.fields.quote?.speaker?.name : a.kind === 'claim' ? a.fields.claim?.claimant?.name : undefined;
  return `${KIND_LABEL[a.kind]}: ${preview(a.quote.exact, 160)}${who ? `, ${a.kind === 'quote' ? 'said by' : 'claimed by'} ${who}` : ''}.`;
}
