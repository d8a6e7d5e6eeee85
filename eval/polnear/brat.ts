// A minimal reader of brat standoff (.ann) files, enough for PolNeAR's attributions: text-bound
// annotations (T: type, one or more `start end` fragments, text) and events (E: a trigger and
// role:Tn arguments). Kept small and inside eval/ on purpose: the app's own brat support lives in
// core/formats/ once it lands; this reader only serves the evaluation. A malformed line is an
// error naming the file and line, never skipped.

export interface Fragment {
  start: number;
  end: number;
}

export interface TextBound {
  id: string;
  type: string;
  fragments: Fragment[];
  text: string;
}

export interface BratEvent {
  id: string;
  type: string;
  trigger: string;
  /** role → text-bound id ("Content" → "T3"). */
  args: Map<string, string>;
}

export interface BratDocument {
  textBounds: Map<string, TextBound>;
  events: BratEvent[];
}

export class BratError extends Error {}

function parseTextBound(line: string, where: string): TextBound {
  const [id = '', head = '', text = ''] = line.split('\t');
  const space = head.indexOf(' ');
  if (space < 0) throw new BratError(`${where}: text-bound annotation without offsets`);
  const fragments = head
    .slice(space + 1)
    .split(';')
    .map((pair) => {
      const [s, e] = pair.trim().split(' ').map(Number);
      if (!Number.isInteger(s) || !Number.isInteger(e) || (s ?? 0) > (e ?? 0)) throw new BratError(`${where}: bad offsets "${pair}"`);
      return { start: s ?? 0, end: e ?? 0 };
    });
  return { id, type: head.slice(0, space), fragments, text };
}

function parseEvent(line: string, where: string): BratEvent {
  const [id = '', body = ''] = line.split('\t');
  const [trigger = '', ...rest] = body.trim().split(/\s+/u);
  const [type = '', triggerId = ''] = trigger.split(':');
  if (!type || !triggerId) throw new BratError(`${where}: event without a trigger`);
  const args = new Map<string, string>();
  for (const arg of rest) {
    const colon = arg.lastIndexOf(':');
    if (colon <= 0) throw new BratError(`${where}: bad event argument "${arg}"`);
    args.set(arg.slice(0, colon), arg.slice(colon + 1));
  }
  return { id, type, trigger: triggerId, args };
}

/** Parses one .ann file's content; `name` is used in error messages. */
export function parseAnn(content: string, name: string): BratDocument {
  const textBounds = new Map<string, TextBound>();
  const events: BratEvent[] = [];
  content.split('\n').forEach((line, i) => {
    const where = `${name}:${i + 1}`;
    if (/^T\d+\t/u.test(line)) {
      const tb = parseTextBound(line, where);
      textBounds.set(tb.id, tb);
    } else if (/^E\d+\t/u.test(line)) events.push(parseEvent(line, where));
    // Relations (R), notes (#), attributes (A/M), blank lines and the rest of a span's text that
    // held a line break (brat writes it on the following lines) carry nothing the eval scores.
  });
  return { textBounds, events };
}
