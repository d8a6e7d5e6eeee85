// Writes records back as the text of a brat .ann file: text-bound annotations first, then events,
// relations, equivalences, attributes, normalizations and notes, one per line, LF line ends, as
// brat writes them. A tab or newline inside a text or note would break the line format, so each
// becomes a space (brat's own editor cannot enter either).

import type { BratArgument, BratDocument } from './standoff.js';

function oneLine(text: string): string {
  return text.replace(/[\t\r\n]/g, ' ');
}

function args(list: readonly BratArgument[]): string {
  return list.map((a) => ` ${a.role}:${a.id}`).join('');
}

export function writeAnn(doc: BratDocument): string {
  const lines = [
    ...doc.entities.map((t) => `${t.id}\t${t.type} ${t.fragments.map((f) => `${f.start} ${f.end}`).join(';')}\t${oneLine(t.text)}`),
    ...doc.events.map((e) => `${e.id}\t${e.type}:${e.trigger}${args(e.args)}`),
    ...doc.relations.map((r) => `${r.id}\t${r.type}${args(r.args)}`),
    ...doc.equivs.map((q) => `*\t${q.type} ${q.ids.join(' ')}`),
    ...doc.attributes.map((a) => `${a.id}\t${a.type} ${a.target}${a.value === null ? '' : ` ${a.value}`}`),
    ...doc.normalizations.map((n) => `${n.id}\t${n.type} ${n.target} ${n.ref}\t${oneLine(n.text)}`),
    ...doc.notes.map((n) => `${n.id}\t${n.type} ${n.target}\t${oneLine(n.text)}`),
  ];
  return lines.map((line) => `${line}\n`).join('');
}
