// brat's standoff annotation format (the .ann file beside a .txt), as plain records: what the
// parser returns and the writer takes. Offsets count characters of the .txt as brat counts them
// (Unicode code points; brat is Python), end exclusive; converting to Newsmark's UTF-16 units is
// the mapper's job, so this layer knows no text and no Newsmark model.
// Reference: https://brat.nlplab.org/standoff.html

/** One piece of a text-bound span, in code points. */
export interface BratFragment {
  start: number;
  end: number;
}

/** `T1\tType start end;start end\ttext` — a text-bound annotation, possibly discontinuous. */
export interface BratEntity {
  id: string;
  type: string;
  fragments: BratFragment[];
  /** The text brat wrote: the pieces' texts joined by one space. */
  text: string;
}

/** A `Role:Id` argument of an event or relation. */
export interface BratArgument {
  role: string;
  id: string;
}

/** `E1\tType:T3 Role:T1 Role2:T2` — an event with its trigger and arguments. */
export interface BratEvent {
  id: string;
  type: string;
  trigger: string;
  args: BratArgument[];
}

/** `R1\tType Arg1:T1 Arg2:T2` — a binary relation. */
export interface BratRelation {
  id: string;
  type: string;
  args: BratArgument[];
}

/** `*\tType T1 T2` — an equivalence set (no id of its own). */
export interface BratEquiv {
  type: string;
  ids: string[];
}

/** `A1\tType T1 [Value]` (or the older `M1`) — an attribute of an annotation; no value means a flag. */
export interface BratAttribute {
  id: string;
  type: string;
  target: string;
  value: string | null;
}

/** `#1\tAnnotatorNotes T1\ttext` — a note on an annotation. */
export interface BratNote {
  id: string;
  type: string;
  target: string;
  text: string;
}

/** `N1\tReference T1 Wikipedia:534366\tBarack Obama` — a normalization (link to a knowledge base). */
export interface BratNormalization {
  id: string;
  type: string;
  target: string;
  ref: string;
  text: string;
}

export interface BratDocument {
  entities: BratEntity[];
  events: BratEvent[];
  relations: BratRelation[];
  equivs: BratEquiv[];
  attributes: BratAttribute[];
  notes: BratNote[];
  normalizations: BratNormalization[];
}

export function emptyBratDocument(): BratDocument {
  return { entities: [], events: [], relations: [], equivs: [], attributes: [], notes: [], normalizations: [] };
}

/** A line of the .ann file that could not be read, with its number (from 1). */
export interface BratProblem {
  line: number;
  message: string;
}
