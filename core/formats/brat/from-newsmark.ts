// An article's annotations as brat records, by the same mapping the import reads: claims and
// figures as text-bound annotations, quotes as events (PolNeAR's scheme: Content, Source, Cue and
// an Attribution trigger on the cue) or as text-bound annotations, links as relations, a claim's
// status and a quote's form as attributes, notes and tags as notes. Offsets become code points.
// A span or speaker shared by several quotes is written once, as brat files do.

import { compareByPosition, type Annotation, type ArticleDocument, type Fragment, type LinkedSpan } from '../../model.js';
import { offsetConverter, type OffsetConverter } from '../code-points.js';
import { BRAT_TYPE_TAG, type AttributeField, type BratMapping } from './mapping.js';
import { emptyBratDocument, type BratArgument, type BratDocument, type BratEvent } from './standoff.js';

function firstKey<V>(record: Record<string, V>, value: V): string | undefined {
  return Object.keys(record).find((key) => record[key] === value);
}

class Writer {
  readonly doc: BratDocument = emptyBratDocument();
  private readonly offsets: OffsetConverter;
  private readonly entityIds = new Map<string, string>();
  private readonly eventsByKey = new Map<string, BratEvent>();
  /** The id of the text-bound annotation that stands for each Newsmark annotation. */
  readonly idOf = new Map<string, string>();

  constructor(
    private readonly text: string,
    private readonly mapping: BratMapping,
  ) {
    this.offsets = offsetConverter(text);
  }

  /** The id of a text-bound annotation of `type` over `fragments`, written once per type and span. */
  entity(type: string, fragments: readonly Fragment[]): string {
    const spans = fragments.map((f) => ({ start: this.offsets.toCodePoints(f.start), end: this.offsets.toCodePoints(f.end) }));
    const key = `${type}\t${spans.map((s) => `${s.start} ${s.end}`).join(';')}`;
    const known = this.entityIds.get(key);
    if (known) return known;
    const id = `T${this.doc.entities.length + 1}`;
    this.doc.entities.push({ id, type, fragments: spans, text: fragments.map((f) => this.text.slice(f.start, f.end)).join(' ') });
    this.entityIds.set(key, id);
    return id;
  }

  private quoteEvent(a: Annotation, fragments: Fragment[], eventType: string): string {
    const rule = this.mapping.events[eventType]!;
    const quote = a.fields.quote;
    const speaker: LinkedSpan | undefined = quote?.speaker?.span;
    const cue = quote?.cueSpan;
    const spanId = this.entity(rule.span, fragments);
    const speakerId = speaker && rule.speaker ? this.entity(rule.speaker, [speaker]) : undefined;
    const cueId = cue && rule.cue ? this.entity(rule.cue, [cue]) : undefined;
    const trigger = this.entity(eventType, [cue ?? fragments[0]!]);
    // Quotes with the same cue and speaker are one attribution with several contents (Content2…).
    const key = `${eventType}\t${trigger}\t${speakerId ?? ''}`;
    const known = this.eventsByKey.get(key);
    if (known && cueId) {
      // The same quote twice (two annotators marked it) is one argument.
      if (known.args.some((arg) => arg.id === spanId)) return spanId;
      const n = known.args.filter((arg) => arg.role.replace(/\d+$/, '') === rule.span).length + 1;
      known.args.push({ role: `${rule.span}${n}`, id: spanId });
      return spanId;
    }
    const args: BratArgument[] = [{ role: rule.span, id: spanId }];
    if (cueId) args.push({ role: rule.cue!, id: cueId });
    if (speakerId) args.push({ role: rule.speaker!, id: speakerId });
    const event = { id: `E${this.doc.events.length + 1}`, type: eventType, trigger, args };
    this.doc.events.push(event);
    this.eventsByKey.set(key, event);
    return spanId;
  }

  annotation(a: Annotation): void {
    const fragments = a.fragments ?? [{ start: a.start, end: a.end }];
    const typeTag = a.tags.find((t) => t.startsWith(BRAT_TYPE_TAG) && t.length > BRAT_TYPE_TAG.length);
    const quoteRule = this.mapping.export.quote;
    let id: string;
    if (typeTag) id = this.entity(typeTag.slice(BRAT_TYPE_TAG.length), fragments);
    else if (a.kind !== 'quote') id = this.entity(this.mapping.export[a.kind], fragments);
    else if (typeof quoteRule === 'string') id = this.entity(quoteRule, fragments);
    else id = this.quoteEvent(a, fragments, a.fields.quote?.speaker?.span ? quoteRule.event : quoteRule.withoutSpeaker);
    this.idOf.set(a.id, id);
    this.attributes(a, id);
    this.notes(a, id, typeTag);
  }

  private attribute(field: AttributeField, target: string, value: string | null | undefined): void {
    const type = firstKey(this.mapping.attributes, field);
    if (type && value) this.doc.attributes.push({ id: `A${this.doc.attributes.length + 1}`, type, target, value });
  }

  private attributes(a: Annotation, id: string): void {
    // The defaults (an unverified claim, a quote of no stated form) are what an import assumes.
    if (a.kind === 'claim' && a.fields.claim?.status !== 'unverified') this.attribute('claim.status', id, a.fields.claim?.status);
    if (a.kind === 'quote') this.attribute('quote.form', id, a.fields.quote?.form);
  }

  private notes(a: Annotation, id: string, typeTag: string | undefined): void {
    const add = (type: string, text: string) => this.doc.notes.push({ id: `#${this.doc.notes.length + 1}`, type, target: id, text });
    if (a.note.trim()) add('AnnotatorNotes', a.note);
    // A speaker or cue typed in, not marked in the text, has no span to write: it goes as a note.
    const quote = a.kind === 'quote' ? a.fields.quote : undefined;
    if (quote?.speaker && !quote.speaker.span) add('Speaker', quote.speaker.name);
    if (quote?.cue && !quote.cueSpan) add('Cue', quote.cue);
    for (const tag of a.tags) if (tag !== typeTag) add('Tag', tag);
  }

  relations(doc: ArticleDocument): void {
    for (const r of doc.relations) {
      const type = firstKey(this.mapping.relations, r.type);
      const from = this.idOf.get(r.from);
      const to = this.idOf.get(r.to);
      if (!type || !from || !to) continue;
      this.doc.relations.push({ id: `R${this.doc.relations.length + 1}`, type, args: [{ role: 'Arg1', id: from }, { role: 'Arg2', id: to }] });
    }
  }
}

export function newsmarkToBrat(doc: ArticleDocument, mapping: BratMapping): BratDocument {
  const writer = new Writer(doc.article.text, mapping);
  for (const a of [...doc.annotations].sort(compareByPosition)) writer.annotation(a);
  writer.relations(doc);
  return writer.doc;
}
