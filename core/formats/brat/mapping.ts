// Which brat types are which Newsmark things, both ways. The built-in mapping reads Newsmark's
// own brat files and PolNeAR's attribution scheme (an `Attribution` event joining a `Content`
// span, its `Source` and its `Cue` → a quote with speaker span and cue); a small JSON mapping file
// adds to it or overrides it, type by type. Its `entities`, `relations` and `unmapped` also map
// doccano's and Label Studio's labels on import (span-graph/to-newsmark.ts). See README.

import { z } from 'zod';
import { CLAIM_STATUSES, KINDS, QUOTE_FORMS, RELATION_TYPES, type Kind, type RelationType } from '../../model.js';
import { NewsmarkError } from '../../api/errors.js';
import { zodProblems, formatPath } from '../import/problems.js';

/** An event that becomes one annotation per `span` argument; `speaker` is the quote's speaker or the claim's claimant. */
export interface EventMapping {
  kind: Kind;
  span: string;
  speaker?: string;
  cue?: string;
}

export type AttributeField = 'claim.status' | 'quote.form';

export interface BratMapping {
  /** Text-bound types → a kind, with tags to add. */
  entities: Record<string, { kind: Kind; tags?: string[] }>;
  events: Record<string, EventMapping>;
  relations: Record<string, RelationType>;
  attributes: Record<string, AttributeField>;
  /** A text-bound type named nowhere above: imported as this kind tagged `brat:<Type>`, or left out. */
  unmapped: Kind | 'skip';
  /** What an export writes: a text-bound type per kind; quotes may be written as events instead. */
  export: {
    claim: string;
    figure: string;
    quote: string | { event: string; withoutSpeaker: string };
  };
}

/** The tag that keeps a brat type Newsmark has no kind for, so an export writes that type again. */
export const BRAT_TYPE_TAG = 'brat:';

const ATTRIBUTION: EventMapping = { kind: 'quote', span: 'Content', speaker: 'Source', cue: 'Cue' };

export const BUILT_IN_MAPPING: BratMapping = {
  entities: { Claim: { kind: 'claim' }, Quote: { kind: 'quote' }, Figure: { kind: 'figure' }, Content: { kind: 'quote' } },
  events: { Attribution: ATTRIBUTION, 'Attribution-no-source': ATTRIBUTION },
  relations: { 'Said-by': 'said-by', Supports: 'supports', Contradicts: 'contradicts', About: 'about', 'Same-as': 'same-as' },
  attributes: { Status: 'claim.status', Form: 'quote.form' },
  unmapped: 'claim',
  export: { claim: 'Claim', figure: 'Figure', quote: { event: 'Attribution', withoutSpeaker: 'Attribution-no-source' } },
};

export const ATTRIBUTE_VALUES: Record<AttributeField, readonly string[]> = { 'claim.status': CLAIM_STATUSES, 'quote.form': QUOTE_FORMS };

const kind = z.enum(KINDS);
const typeName = z.string().regex(/^[^\s:;]+$/, 'a brat type has no spaces, colons or semicolons');
/** A label to read: a brat type, or a doccano / Label Studio label, which may hold spaces. */
const labelName = z.string().trim().min(1);
const mappingFileSchema = z
  .object({
    entities: z.record(labelName, z.object({ kind, tags: z.array(z.string().min(1)).optional() }).strict()),
    events: z.record(typeName, z.object({ kind, span: typeName, speaker: typeName.optional(), cue: typeName.optional() }).strict()),
    relations: z.record(labelName, z.enum(RELATION_TYPES)),
    attributes: z.record(typeName, z.enum(['claim.status', 'quote.form'])),
    unmapped: z.union([kind, z.literal('skip')]),
    export: z
      .object({
        claim: typeName,
        figure: typeName,
        quote: z.union([typeName, z.object({ event: typeName, withoutSpeaker: typeName }).strict()]),
      })
      .partial()
      .strict(),
  })
  .partial()
  .strict();

/** The built-in mapping with a mapping file's entries laid over it, section by section. */
export function readMapping(fileName: string, json: string): BratMapping {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new NewsmarkError('invalid-input', `${fileName} is not valid JSON (${(err as Error).message}); a brat mapping is a JSON object.`);
  }
  const parsed = mappingFileSchema.safeParse(data);
  if (!parsed.success) {
    const problems = zodProblems(parsed.error.issues).slice(0, 5).map((p) => `${formatPath(p.path)}: ${p.message}`);
    throw new NewsmarkError('invalid-input', `${fileName} is not a valid brat mapping: ${problems.join('; ')}.`);
  }
  const m = parsed.data;
  const base = BUILT_IN_MAPPING;
  const mapping: BratMapping = {
    entities: { ...base.entities, ...m.entities },
    events: { ...base.events, ...m.events },
    relations: { ...base.relations, ...m.relations },
    attributes: { ...base.attributes, ...m.attributes },
    unmapped: m.unmapped ?? base.unmapped,
    export: { ...base.export, ...m.export },
  };
  const quote = mapping.export.quote;
  if (typeof quote !== 'string') {
    for (const event of [quote.event, quote.withoutSpeaker]) {
      if (mapping.events[event]?.kind !== 'quote') {
        throw new NewsmarkError('invalid-input', `${fileName} is not a valid brat mapping: export.quote names the event "${event}", which "events" does not map to a quote.`);
      }
    }
  }
  return mapping;
}
