// What is wrong with an imported file, said so a person can find it: each problem with the JSON
// path where it is (`articles[0].annotations[3].start: expected an integer`), a few at most, and
// one error for the whole file so that nothing is written.

import { NewsmarkError } from '../../api/errors.js';

export type JsonPath = readonly (string | number)[];

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `articles[0].annotations[3].start`; keys that are not identifiers in brackets: `['nm:fields']`. */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (IDENTIFIER.test(part)) out += out ? `.${part}` : part;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out || '(the whole file)';
}

export interface Problem {
  path: JsonPath;
  message: string;
}

const SHOWN = 5;

export function invalidFile(fileName: string, what: string, problems: readonly Problem[]): NewsmarkError {
  const listed = problems.slice(0, SHOWN).map((p) => `${formatPath(p.path)}: ${p.message}`);
  const more = problems.length > SHOWN ? `; and ${problems.length - SHOWN} more` : '';
  return new NewsmarkError('invalid-input', `${fileName} is not a valid ${what}, nothing was imported. ${listed.join('; ')}${more}.`);
}

const EXPECTED: Record<string, string> = {
  int: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: unknown;
  input?: unknown;
}

/** zod's issues in words: "expected an integer", "missing (expected a string)". */
export function zodProblems(issues: readonly ZodIssueLike[], base: JsonPath = []): Problem[] {
  return issues.map((issue) => {
    const path = [...base, ...issue.path.map((p) => (typeof p === 'number' ? p : String(p)))];
    if (issue.code !== 'invalid_type' || typeof issue.expected !== 'string') return { path, message: issue.message };
    const expected = EXPECTED[issue.expected] ?? issue.expected;
    return { path, message: issue.message.endsWith('received undefined') ? `missing (expected ${expected})` : `expected ${expected}` };
  });
}
