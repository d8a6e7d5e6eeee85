// brat records laid onto an article's text as Newsmark annotations, by a mapping: an event
// (PolNeAR's Attribution) becomes one annotation per span argument, with its speaker and cue;
// a text-bound annotation no event uses becomes an annotation of its mapped kind; attributes set
// fields; notes become notes, tags and typed speakers or cues; relations become links. Every span
// is checked against the text (brat writes the text it marked), so a .ann of another .txt is
// refused, not misplaced.

import { fieldsForKind } from '../../annotations/fields.js';
import { quoteAt } from '../../anchoring/text-quote.js';
import type { Annotation, AnnotationFields, Fragment, Kind, LinkedSpan, Relation } from '../../model.js';
import { stableUuid } from '../stable-id.js';
import type { BratText } from './brat-text.js';
import { ATTRIBUTE_VALUES, BRAT_TYPE_TAG, type BratMapping, type EventMapping } from './mapping.js';
import type { BratDocument, BratEntity } from './standoff.js';

export interface MappedAnnotations {
  annotations: Annotation[];
  relations: Relation[];
  /** Records that could not be used, each with why ("E21 has no Content argument"). */
  notices: string[];
  /** How many records were left out (the notices say which). */
  skipped: number;
  /** Spans that do not fit the text: the file is refused when there are any. */
  problems: string[];
}

interface Placed {
  entity: BratEntity;
  fragments: Fragment[];
  start: number;
  end: number;
}

/** The role without the number brat adds to repeated roles (Content2 → Content). */
function baseRole(role: string): string {
  return role.replace(/\d+$/, '');
}

function oneLine(text: string): string {
  return text.replace(/[\t\r\n]/g, ' ');
}

class Mapper {
  readonly out: MappedAnnotations = { annotations: [], relations: [], notices: [], skipped: 0, problems: [] };
  private readonly placed = new Map<string, Placed>();
  /** The annotation made from each brat id (an event's span argument, or a text-bound annotation). */
  private readonly made = new Map<string, Annotation>();

  constructor(
    private readonly doc: BratDocument,
    private readonly source: BratText,
    private readonly mapping: BratMapping,
    private readonly idSeed: string,
    private readonly now: string,
  ) {
    for (const entity of doc.entities) this.place(entity);
  }

  private place(entity: BratEntity): void {
    const { text } = this.source;
    const fragments: Fragment[] = [];
    for (const f of entity.fragments) {
      const start = this.source.toText(f.start);
      const end = this.source.toText(f.end);
      if (start === null || end === null) {
        this.out.problems.push(`${entity.id}: ${f.start}-${f.end} lies beyond the end of the text (${text.length} characters)`);
        return;
      }
      fragments.push({ start, end });
    }
    const found = fragments.map((f) => text.slice(f.start, f.end)).join(' ');
    if (oneLine(found) !== oneLine(entity.text)) {
      this.out.problems.push(`${entity.id} marks "${entity.text.slice(0, 60)}" but the text there is "${found.slice(0, 60)}"`);
      return;
    }
    const start = Math.min(...fragments.map((f) => f.start));
    const end = Math.max(...fragments.map((f) => f.end));
    this.placed.set(entity.id, { entity, fragments, start, end });
  }

  private linked(id: string | undefined): LinkedSpan | undefined {
    const p = id === undefined ? undefined : this.placed.get(id);
    return p && { start: p.start, end: p.end, exact: this.source.text.slice(p.start, p.end) };
  }

  private annotation(p: Placed, kind: Kind, tags: string[], extra: (fields: AnnotationFields) => AnnotationFields): Annotation {
    const { text } = this.source;
    const quote = quoteAt(text, p.start, p.end);
    const initial = fieldsForKind(kind, {}, quote.exact);
    // brat says what form a quote is in only through an attribute; none is guessed here.
    const fields = extra(initial.quote ? { ...initial, quote: { ...initial.quote, form: null } } : initial);
    const a: Annotation = {
      id: stableUuid(`${this.idSeed}\n${p.entity.id}`),
      kind,
      start: p.start,
      end: p.end,
      ...(p.fragments.length > 1 ? { fragments: p.fragments } : {}),
      quote,
      tags,
      note: '',
      fields,
      origin: 'manual',
      createdAt: this.now,
      updatedAt: this.now,
    };
    this.out.annotations.push(a);
    this.made.set(p.entity.id, a);
    return a;
  }

  mapEvents(): Set<string> {
    const used = new Set<string>();
    for (const event of this.doc.events) {
      const rule = this.mapping.events[event.type];
      if (!rule) continue;
      const spans = event.args.filter((a) => baseRole(a.role) === rule.span && this.placed.has(a.id));
      if (spans.length === 0) {
        this.skip(`${event.id} (${event.type}) has no ${rule.span} argument`);
        continue;
      }
      used.add(event.trigger);
      for (const arg of event.args) used.add(arg.id);
      for (const span of spans) this.eventAnnotation(event.args, span.id, rule);
    }
    return used;
  }

  private eventAnnotation(args: { role: string; id: string }[], spanId: string, rule: EventMapping): void {
    if (this.made.has(spanId)) return;
    const roleId = (role: string | undefined) => (role === undefined ? undefined : args.find((a) => baseRole(a.role) === role)?.id);
    const speakerSpan = this.linked(roleId(rule.speaker));
    const cueSpan = this.linked(roleId(rule.cue));
    const speaker = speakerSpan ? { name: oneLine(speakerSpan.exact), span: speakerSpan } : null;
    this.annotation(this.placed.get(spanId)!, rule.kind, [], (fields) => {
      if (fields.quote) return { ...fields, quote: { ...fields.quote, speaker, cue: cueSpan ? oneLine(cueSpan.exact) : '', ...(cueSpan ? { cueSpan } : {}) } };
      if (fields.claim) return { ...fields, claim: { ...fields.claim, claimant: speaker } };
      return fields;
    });
  }

  mapEntities(used: Set<string>): void {
    const unmapped = new Map<string, number>();
    for (const p of this.placed.values()) {
      const { id, type } = p.entity;
      if (used.has(id)) continue;
      const rule = this.mapping.entities[type];
      if (rule) {
        this.annotation(p, rule.kind, rule.tags ?? [], (f) => f);
      } else {
        unmapped.set(type, (unmapped.get(type) ?? 0) + 1);
        if (this.mapping.unmapped === 'skip') this.out.skipped += 1;
        else this.annotation(p, this.mapping.unmapped, [`${BRAT_TYPE_TAG}${type}`], (f) => f);
      }
    }
    const list = [...unmapped].map(([type, n]) => `${type} ${n}`).join(', ');
    if (!list) return;
    if (this.mapping.unmapped === 'skip') this.out.notices.push(`spans of types the mapping does not name were left out: ${list}`);
    else this.out.notices.push(`spans of types the mapping does not name came in as ${this.mapping.unmapped}s tagged ${BRAT_TYPE_TAG}<type>: ${list}`);
  }

  private skip(notice: string): void {
    this.out.notices.push(notice);
    this.out.skipped += 1;
  }

  private target(id: string, what: string): Annotation | undefined {
    const a = this.made.get(id);
    if (!a) this.skip(`${what} is about ${id}, which did not become an annotation`);
    return a;
  }

  mapAttributes(): void {
    for (const attr of this.doc.attributes) {
      const a = this.target(attr.target, attr.id);
      if (!a) continue;
      const field = this.mapping.attributes[attr.type];
      if (!field) {
        a.tags.push(attr.value === null ? attr.type : `${attr.type}:${attr.value}`);
        continue;
      }
      if (attr.value === null || !ATTRIBUTE_VALUES[field].includes(attr.value)) {
        this.skip(`${attr.id}: ${attr.type} "${attr.value ?? ''}" is not one of ${ATTRIBUTE_VALUES[field].join(', ')}`);
        continue;
      }
      const [kind, key] = field.split('.') as ['claim' | 'quote', string];
      const fields = fieldsForKind(kind, a.fields, a.quote.exact);
      a.fields = { ...fields, [kind]: { ...fields[kind], [key]: attr.value } };
    }
  }

  mapNotes(): void {
    for (const note of this.doc.notes) {
      const a = this.target(note.target, note.id);
      if (!a) continue;
      const quote = a.fields.quote;
      if (note.type === 'Tag') a.tags.push(note.text.trim());
      else if (note.type === 'Speaker' && quote && !quote.speaker) a.fields = { ...a.fields, quote: { ...quote, speaker: { name: note.text.trim() } } };
      else if (note.type === 'Cue' && quote && !quote.cue) a.fields = { ...a.fields, quote: { ...quote, cue: note.text.trim() } };
      else a.note = [a.note, note.type === 'AnnotatorNotes' ? note.text : `${note.type}: ${note.text}`].filter(Boolean).join('\n\n');
    }
    for (const a of this.out.annotations) a.tags = [...new Set(a.tags.filter(Boolean))];
  }

  mapRelations(): void {
    for (const r of this.doc.relations) {
      const type = this.mapping.relations[r.type];
      if (!type) {
        this.skip(`${r.id}: the mapping names no link type for ${r.type}`);
        continue;
      }
      const [from, to] = r.args.map((arg) => this.target(arg.id, r.id));
      if (!from || !to) continue;
      this.out.relations.push({ id: stableUuid(`${this.idSeed}\n${r.id}`), from: from.id, to: to.id, type, createdAt: this.now });
    }
    const others = this.doc.equivs.length + this.doc.normalizations.length;
    if (others === 0) return;
    this.out.notices.push(`${others} equivalence (*) and normalization (N) lines were left out: Newsmark has no place for them`);
    this.out.skipped += others;
  }
}

/**
 * The annotations a .ann file makes on its text. `idSeed` names the file (its text's hash and the
 * .ann's name), so importing the same pair again finds the same ids and skips what it added.
 */
export function bratToNewsmark(doc: BratDocument, source: BratText, mapping: BratMapping, idSeed: string, now: string): MappedAnnotations {
  const mapper = new Mapper(doc, source, mapping, idSeed, now);
  const used = mapper.mapEvents();
  mapper.mapEntities(used);
  mapper.mapAttributes();
  mapper.mapNotes();
  mapper.mapRelations();
  return mapper.out;
}
