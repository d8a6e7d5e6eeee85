// Reads the text of a brat .ann file into records, line by line, the way brat's own reader does:
// a tab after the id, a tab before a text-bound annotation's text, `start end;start end` for
// discontinuous spans. Every bad line is reported with its number instead of being skipped, and
// references to ids the file does not define are reported too, so a mapper can trust the result.

import { emptyBratDocument, type BratArgument, type BratDocument, type BratFragment, type BratProblem } from './standoff.js';

export interface ParsedAnn {
  document: BratDocument;
  problems: BratProblem[];
}

const ID = /^[TERAMN#]\d+$/;
const ARGUMENT = /^([^:\s]+):([TERAMN#]\d+)$/;

function fragmentsOf(spans: string): BratFragment[] | string {
  const fragments: BratFragment[] = [];
  for (const piece of spans.split(';')) {
    const match = /^(\d+) (\d+)$/.exec(piece.trim());
    if (!match) return `"${piece}" is not "start end"`;
    const start = Number(match[1]);
    const end = Number(match[2]);
    if (end < start) return `span ${start} ${end} ends before it starts`;
    fragments.push({ start, end });
  }
  return fragments;
}

function argumentsOf(words: string[]): BratArgument[] | string {
  const args: BratArgument[] = [];
  for (const word of words) {
    const match = ARGUMENT.exec(word);
    if (!match) return `"${word}" is not "Role:Id"`;
    args.push({ role: match[1]!, id: match[2]! });
  }
  return args;
}

/** The words of a field, ignoring runs of spaces and trailing blanks (brat tolerates both). */
function words(field: string): string[] {
  return field.split(' ').filter(Boolean);
}

type LineReader = (id: string, fields: string[], doc: BratDocument) => string | null;

const readEntity: LineReader = (id, [head = '', text], doc) => {
  const space = head.indexOf(' ');
  if (space < 0) return 'expected "Type start end" after the id';
  if (text === undefined) return 'expected a tab and the annotated text after the offsets';
  const fragments = fragmentsOf(head.slice(space + 1));
  if (typeof fragments === 'string') return fragments;
  doc.entities.push({ id, type: head.slice(0, space), fragments, text });
  return null;
};

const readEvent: LineReader = (id, [head = ''], doc) => {
  const [trigger, ...rest] = words(head);
  const typed = trigger ? argumentsOf([trigger]) : 'expected "Type:Trigger" after the id';
  if (typeof typed === 'string') return typed;
  const args = argumentsOf(rest);
  if (typeof args === 'string') return args;
  doc.events.push({ id, type: typed[0]!.role, trigger: typed[0]!.id, args });
  return null;
};

const readRelation: LineReader = (id, [head = ''], doc) => {
  const [type, ...rest] = words(head);
  if (!type || rest.length === 0) return 'expected "Type Arg1:Id Arg2:Id" after the id';
  const args = argumentsOf(rest);
  if (typeof args === 'string') return args;
  doc.relations.push({ id, type, args });
  return null;
};

const readAttribute: LineReader = (id, [head = ''], doc) => {
  const [type, target, value, ...more] = words(head);
  if (!type || !target || more.length) return 'expected "Type Id [Value]" after the id';
  doc.attributes.push({ id, type, target, value: value ?? null });
  return null;
};

const readNote: LineReader = (id, [head = '', text = ''], doc) => {
  const [type, target, ...more] = words(head);
  if (!type || !target || more.length) return 'expected "Type Id", a tab and the note';
  doc.notes.push({ id, type, target, text });
  return null;
};

const readNormalization: LineReader = (id, [head = '', text = ''], doc) => {
  const [type, target, ref, ...more] = words(head);
  if (!type || !target || !ref || more.length) return 'expected "Type Id Database:Entry", a tab and the name';
  doc.normalizations.push({ id, type, target, ref, text });
  return null;
};

const READERS: Record<string, LineReader> = {
  T: readEntity,
  E: readEvent,
  R: readRelation,
  A: readAttribute,
  M: readAttribute,
  '#': readNote,
  N: readNormalization,
};

/** Every id an annotation refers to, with the line that refers to it. */
function references(doc: BratDocument, lineOf: Map<string, number>): [string, number][] {
  const from = (owner: string, ids: string[]) => ids.map((id): [string, number] => [id, lineOf.get(owner) ?? 0]);
  return [
    ...doc.events.flatMap((e) => from(e.id, [e.trigger, ...e.args.map((a) => a.id)])),
    ...doc.relations.flatMap((r) => from(r.id, r.args.map((a) => a.id))),
    ...doc.attributes.flatMap((a) => from(a.id, [a.target])),
    ...doc.notes.flatMap((n) => from(n.id, [n.target])),
    ...doc.normalizations.flatMap((n) => from(n.id, [n.target])),
  ];
}

export function parseAnn(content: string): ParsedAnn {
  const document = emptyBratDocument();
  const problems: BratProblem[] = [];
  const lineOf = new Map<string, number>();
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const [id = '', head = '', ...rest] = raw.split('\t');
    // The annotated text or note is everything after the second tab (it may hold tabs itself).
    const fields = rest.length ? [head, rest.join('\t')] : [head];
    if (id === '*') {
      const [type, ...ids] = words(fields[0] ?? '');
      if (!type || ids.length < 2) problems.push({ line, message: 'expected "*", a tab, "Equiv Id Id…"' });
      else document.equivs.push({ type, ids });
      return;
    }
    const reader = READERS[id[0] ?? ''];
    if (!reader || !ID.test(id)) {
      problems.push({ line, message: `"${id.slice(0, 20)}" is not a brat id (T1, E1, R1, A1, M1, N1, #1, *)` });
      return;
    }
    if (lineOf.has(id)) {
      problems.push({ line, message: `${id} is defined twice (first on line ${lineOf.get(id)})` });
      return;
    }
    const problem = reader(id, fields, document);
    if (problem) problems.push({ line, message: `${id}: ${problem}` });
    else lineOf.set(id, line);
  });
  for (const [id, line] of references(document, lineOf)) {
    if (!lineOf.has(id)) problems.push({ line, message: `refers to ${id}, which the file does not define` });
  }
  return { document, problems };
}
