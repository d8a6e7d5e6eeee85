// Finds the capitalised names in running text ("Kremlin Spokesman Dmitry Peskov", "Gazprom",
// "Federal Emergency Management Agency") and sorts them into people, organisations and the rest,
// so that a speaker can be named and a later "he said", "Lagarde said" or "the ministry said" can
// be traced back to the name given in full. Names inside quotes are not mentions: they are the
// speaker's words, not the reporter's.

import type { Span } from './types.js';

export type MentionKind = 'person' | 'org' | 'place' | 'unknown';

export interface Mention extends Span {
  /** The name in its fullest form seen so far: "Lagarde" → "Christine Lagarde". */
  name: string;
  kind: MentionKind;
  /** Title and role words written before the name, lower-cased ("ecb president", "agriculture minister"). */
  title: string;
  /** Written with a possessive ("Russia's"): a modifier, never the subject of a verb. */
  possessive: boolean;
}

/** Capitalised words that introduce a name and are not part of it. */
const TITLES = new Set(
  `President Vice Prime Minister Deputy Chancellor Secretary Secretary-General General Spokesman
  Spokeswoman Spokesperson Governor Gov. Senator Sen. Rep. Representative Mayor Judge Justice
  Prosecutor Ambassador Chief Executive Officer Director Director-General Chairman Chairwoman
  Chair Head Leader Manager Coach Professor Prof. Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Miss Sir Dame
  Lord Lady Prince Princess King Queen Sheikh Cllr Councillor Administrator Commissioner
  Inspector Sergeant Captain Colonel Admiral Pope Archbishop Bishop Rev. Father Republican
  Democrat Democratic Labour Conservative CEO CFO COO Founder Co-founder Editor Economist
  Analyst Outgoing Former Acting Shadow Foreign Finance Economy Energy Defence Defense Interior
  Health Agriculture Labor Trade Education Transport Environment Staff Press Emergency Speaker
  Majority Minority Whip Attorney Candidate Nominee Assemblywoman Assemblyman Congressman
  Congresswoman Councilman Councilwoman Adviser Advisor Senior Rev Pastor Actor Actress`.split(/\s+/u),
);

/** Written after a name and not part of it: "Sarah Whitehouse KC". */
const NAME_SUFFIXES = new Set(['KC', 'QC', 'MP', 'Jr', 'Jr.', 'Sr', 'Sr.', 'PhD']);

const ORG_WORDS = new Set(
  `Ministry Office Bank Institute Institution Union Agency Council Commission Committee Company
  Co. Corp Corp. Inc Inc. Ltd Cos. Group Party Kremlin Fund Association Federation Department
  Center Centre University College Service Services Organization Organisation Administration
  Authority Board Bureau Court Police Army Navy Forces Government Parliament Assembly Senate
  Congress Foundation Trust Society Network Systems International Capital Partners Holdings
  Panel Customs Machines Aspects Project Alliance Times Post Journal News Press Exchange Reserve
  Treasury Cabinet Statistics Polling Federal National AG SA GmbH PLC plc LLC Users Energy
  Electric Airlines Motors Industries League Club FC Polls Research`.split(/\s+/u),
);

const PLACE_WORDS = new Set(
  `Sea Ocean River Valley Bridge Street Road Avenue Belt Island Islands Coast Bay Lake Park
  Square Hill Hills Mountains Airport Station City County Gulf Strait Peninsula District Region
  Province Stream Fire Hurricane Storm Cup Prize Day Week Initiative Program Programme Act Plan
  Deal Treaty Pact Index Composite Table Desk States Kingdom Republic East West Mainland Home
  Hall Palace January February March April May June July August September October November
  December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Jan Feb Mar Apr Jun Jul Aug Sep
  Sept Oct Nov Dec`.split(/\s+/u),
);

const PLACE_FIRST = new Set(
  `New North South East West Northern Southern Eastern Western Central Greater Upper Lower United
  Middle Far Saint San Santa Los Las St St. Sun Silicon Lunar Hôtel Nasdaq Brent Apollo Category`.split(/\s+/u),
);

/** Capitalised words that start a sentence or clause and are never the first word of a name. */
const STOP = new Set(
  `The A An In For On At After When But And If As Under Its His Her Their Our This That These
  Those Some Not Only One Two According While Since With From By To Apart Earlier Later
  Meanwhile Here There Now Then Also It He She We They I You Nobody None Every Each Both All
  Many Most Several Before During Until Despite Without Within Against Between Among Over Above
  Below Instead Yet So Still Even Just Perhaps Consider Nationally Together Policymakers
  Economists Critics Analysts Scientists Researchers Officials Opposition Sentencing Reading
  Asked Speaking Writing Reporting Him Them Us Me My Your Much What Though Although Neither Either
  Whether Why How Who Whom Whose Where Which Because Unlike Like Once Whatever Such Sadly Indeed Yes`.split(/\s+/u),
);

const CONNECTORS = new Set(['of', 'and', '&', 'de', 'du', 'des', 'der', 'van', 'von', 'bin', 'al', 'la', 'le', 'da', 'di', 'del', 'y']);

interface Word extends Span {
  text: string;
}

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
const isAcronym = (w: string) => /^\p{Lu}{2,6}$/u.test(w);
const isNameWord = (w: string) => /^\p{Lu}(?:[\p{Ll}\p{M}'’\-]+(?:\p{Lu}[\p{Ll}\p{M}]+)?|\.)$/u.test(w) || CONNECTORS.has(w);
const stripPossessive = (w: string) => w.replace(/['’]s?$/u, '');

/** Tokens that keep their full stop: abbreviations inside names ("Gov. Ron DeSantis", "Kroger Co."). */
const DOTTED = new Set(['Gov.', 'Sen.', 'Rep.', 'Prof.', 'Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Rev.', 'St.', 'Co.', 'Cos.', 'Corp.', 'Inc.', 'Jr.', 'Sr.']);

/** Capitalised words joined by spaces and connectors: a candidate name, split further below. */
const RUN = new RegExp(
  String.raw`\p{Lu}[\p{L}\p{M}\p{N}'’.\-]*(?:[ \u00a0]+(?:(?:${[...CONNECTORS].join('|')})[ \u00a0]+)*\p{Lu}[\p{L}\p{M}\p{N}'’.\-]*)*`,
  'gu',
);

/**
 * Runs of capitalised words that may form one name. A run ends after a possessive ("Russia's")
 * and after a word that ends a sentence ("… in Wiesbaden. High prices …").
 */
function capitalisedRuns(text: string): Word[][] {
  const runs: Word[][] = [];
  for (const match of text.matchAll(RUN)) {
    let run: Word[] = [];
    const close = () => {
      while (run.length && CONNECTORS.has(run[0]?.text ?? '')) run.shift();
      if (run.length) runs.push(run);
      run = [];
    };
    for (const w of match[0].matchAll(/\S+/gu)) {
      const raw = w[0];
      // "Donald J. Trump": a middle initial inside a run of names keeps its stop and the run going.
      const initial = raw.length === 2 && raw[1] === '.' && run.length > 0 && w.index + raw.length < match[0].length && /^\p{Lu}/u.test(raw);
      const keep = DOTTED.has(raw) || /\p{L}\.\p{L}/u.test(raw) || initial;
      const word = keep ? raw : raw.replace(/\.+$/u, '');
      const start = match.index + w.index;
      run.push({ text: word, start, end: start + word.length });
      if (word !== raw || /['’]s?$/u.test(word)) close();
    }
    close();
  }
  return runs;
}

/**
 * Keeps the names given in full, so that "Lagarde" stands for "Christine Lagarde" and "ECB" for
 * "European Central Bank".
 */
class NameBook {
  private readonly byShortForm = new Map<string, string>();
  /** How often each full name was written, by surname: "Trump" is Donald Trump, not Eric Trump named once. */
  private readonly counts = new Map<string, Map<string, number>>();
  addPerson(full: string): void {
    const parts = full.split(' ');
    const surname = parts[parts.length - 1] ?? full;
    if (parts.length < 2) return;
    const seen = this.counts.get(surname) ?? new Map<string, number>();
    seen.set(full, (seen.get(full) ?? 0) + 1);
    this.counts.set(surname, seen);
    let best = full;
    for (const [name, n] of seen) if (n > (seen.get(best) ?? 0)) best = name;
    const current = this.byShortForm.get(surname);
    this.byShortForm.set(surname, current && (seen.get(current) ?? 0) >= (seen.get(best) ?? 0) ? current : best);
  }
  addOrg(full: string): void {
    const initials = full.split(' ').filter(isCapitalised).map((w) => w[0]).join('');
    if (initials.length >= 2) this.byShortForm.set(initials, full);
  }
  full(single: string): string | undefined {
    return this.byShortForm.get(single);
  }
}

function kindOfRest(words: string[], book: NameBook): { kind: MentionKind; name: string } {
  const name = words.join(' ');
  if (words.some((w) => ORG_WORDS.has(w)) || words.includes('&')) return { kind: 'org', name };
  if (words.some((w) => PLACE_WORDS.has(w) || /\d/u.test(w)) || PLACE_FIRST.has(words[0] ?? '')) {
    return { kind: 'place', name };
  }
  if (words.length === 1) {
    const full = book.full(name);
    if (full) return { kind: isAcronym(name) ? 'org' : 'person', name: full };
    return { kind: isAcronym(name) ? 'org' : 'unknown', name };
  }
  if (words.length <= 4 && words.every(isNameWord)) return { kind: 'person', name };
  return { kind: 'unknown', name };
}

interface Classified extends Omit<Mention, keyof Span> {
  /** Index in the run of the first and one past the last word of the name itself. */
  from: number;
  to: number;
}

function classify(run: Word[], book: NameBook, before: string): Classified | undefined {
  const possessive = /['’]s?$/u.test(run[run.length - 1]?.text ?? '');
  const words = run.map((w, i) => (i === run.length - 1 ? stripPossessive(w.text) : w.text));
  let from = 0;
  let to = words.length;
  while (from < to && STOP.has(words[from] ?? '')) from++;
  while (to - from > 1 && NAME_SUFFIXES.has(words[to - 1] ?? '')) to--;
  let lastTitle = from - 1;
  for (let i = from; i < to; i++) if (TITLES.has(words[i] ?? '')) lastTitle = i;
  const rest = words.slice(lastTitle + 1, to);
  if (!rest.length) return undefined; // a role with no name: "the Prime Minister"
  const title = `${before} ${words.slice(from, lastTitle + 1).join(' ')}`.trim().toLowerCase();
  if (lastTitle >= from && rest.every(isNameWord) && !rest.some((w) => ORG_WORDS.has(w))) {
    const single = rest.length === 1 ? book.full(rest[0] ?? '') : undefined;
    return { kind: 'person', name: single ?? rest.join(' '), title, possessive, from: lastTitle + 1, to };
  }
  // "Federal Emergency Management Agency": a title word inside an organisation's name.
  const whole = lastTitle >= from && rest.some((w) => ORG_WORDS.has(w));
  const nameFrom = whole ? from : lastTitle + 1;
  return { ...kindOfRest(words.slice(nameFrom, to), book), title: whole ? before : title, possessive, from: nameFrom, to };
}

/** Up to three lower-case words right before `at`: the role in "the union's president Arkady Zlochevsky". */
function roleWordsBefore(text: string, at: number): string {
  const words = text.slice(Math.max(0, at - 60), at).split(/[ \t]+/u);
  words.pop(); // the empty string after the last space
  const role: string[] = [];
  for (let i = words.length - 1; i >= 0 && role.length < 3; i--) {
    const word = words[i] ?? '';
    if (!/^[\p{Ll}\-]+$/u.test(word)) break;
    role.unshift(word);
  }
  return role.join(' ');
}

const inside = (spans: readonly Span[], at: number) => spans.some((s) => at >= s.start && at < s.end);

/** A dateline's capitals ("MOSCOW,", "FORT MYERS, Fla.") at the head of a line. */
function isDateline(text: string, run: Word[]): boolean {
  const first = run[0];
  if (!first || !run.every((w) => !/\p{Ll}/u.test(w.text))) return false;
  const lineStart = text.lastIndexOf('\n', first.start - 1) + 1;
  return /^(?:date\s+\S+\s+)?$/u.test(text.slice(lineStart, first.start)) && run.some((w) => w.text.length > 3);
}

/** Every name mentioned outside `quoted` spans, in text order. */
export function findMentions(text: string, quoted: readonly Span[]): Mention[] {
  const book = new NameBook();
  const mentions: Mention[] = [];
  for (const run of capitalisedRuns(text)) {
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last || inside(quoted, first.start) || isDateline(text, run)) continue;
    const before = roleWordsBefore(text, first.start);
    const found = classify(run, book, before);
    if (!found) continue;
    if (found.kind === 'person') book.addPerson(found.name);
    if (found.kind === 'org') book.addOrg(found.name);
    const { from, to, ...mention } = found;
    const nameStart = run[from]?.start ?? first.start;
    const nameEnd = to === run.length ? last.start + stripPossessive(last.text).length : (run[to - 1]?.end ?? last.end);
    mentions.push({ ...mention, start: nameStart, end: nameEnd });
  }
  return mentions;
}
