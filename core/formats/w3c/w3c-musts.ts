// Test helper: checks a W3C annotation against the W3C test suite's MUST assertions and the
// definition entry points listed in ../shared/w3c-annotation-schemas/README.md. The schemas are
// not part of the app; where that folder is absent (a user's clone) SCHEMAS_FOUND is false, the
// tests that need it skip, and this module says why.

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const DIR = fileURLToPath(new URL('../../../../shared/w3c-annotation-schemas/', import.meta.url));
export const SCHEMAS_FOUND = existsSync(`${DIR}assertions/annotationMusts.test`);

if (!SCHEMAS_FOUND) {
  console.log(`The W3C conformance checks are skipped: ${DIR} is not beside this clone (CI and developers have it; a user's clone does not).`);
}

const DEFINITIONS = ['annotations', 'bodyTarget', 'choiceSet', 'id', 'otherProperties', 'specificResource', 'textualBody'];

type Json = Record<string, unknown>;
type Check = (data: unknown) => boolean;

function load(): { musts: [string, Check][]; ref: (ref: string) => Check } {
  const ajv = new Ajv04({ strict: false, allErrors: false });
  addFormats.default(ajv);
  for (const name of DEFINITIONS) ajv.addSchema(JSON.parse(readFileSync(`${DIR}${name}.json`, 'utf8')), `${name}.json`);
  const list = JSON.parse(readFileSync(`${DIR}assertions/annotationMusts.test`, 'utf8')) as { assertions: string[] };
  const musts = list.assertions.map((path): [string, Check] => {
    const file = path.split('/').pop()!;
    const schema = JSON.parse(readFileSync(`${DIR}assertions/${file}`, 'utf8')) as Json;
    const validate = ajv.compile(schema);
    return [file, (data) => validate(data) === (schema.expectedResult !== 'invalid')];
  });
  return { musts, ref: (ref) => ajv.getSchema(ref)! as Check };
}

let loaded: ReturnType<typeof load> | undefined;

function listOf(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every rule the annotation breaks, by name; empty when it passes them all. */
export function w3cViolations(annotation: Json): string[] {
  loaded ??= load();
  const { musts, ref } = loaded;
  const failed: string[] = musts.filter(([, check]) => !check(annotation)).map(([name]) => name);
  const expect = (name: string, ok: boolean) => {
    if (!ok) failed.push(name);
  };
  const context = annotation['@context'];
  expect('@context', ref('annotations.json#/definitions/contextValueFound')(context) || ref('annotations.json#/definitions/contextValueInArrayFound')(context));
  for (const name of ['annotations.json#/definitions/annotationTypeValueFound', 'id.json#/definitions/idValueFound', 'otherProperties.json#/definitions/createdValidIfPresent', 'otherProperties.json#/definitions/creatorValidIfPresent', 'annotations.json#/definitions/motivationRecognizedIfPresent']) {
    expect(name, ref(name)(annotation));
  }
  for (const body of listOf(annotation.body)) {
    expect('body', ref('bodyTarget.json#/definitions/bodyResourcesFound')(body));
    if (isObject(body) && body.purpose !== undefined) expect('body purpose', ref('otherProperties.json#/definitions/purposePropertyFound')(body));
  }
  for (const target of listOf(annotation.target)) {
    expect('target', ref('bodyTarget.json#/definitions/targetResourcesFound')(target));
    if (!isObject(target) || target.type !== 'SpecificResource') continue;
    expect('SpecificResource', ref('specificResource.json#/definitions/specificeResourceDetected')(target));
    for (const selector of listOf(target.selector)) {
      if (!isObject(selector)) continue;
      if (selector.type === 'TextQuoteSelector') expect('TextQuoteSelector', ref('specificResource.json#/definitions/textQuoteSelectorDetected')(selector));
      if (selector.type === 'TextPositionSelector') {
        expect('TextPositionSelector', ref('specificResource.json#/definitions/textPositionSelectorDetected')(selector));
        expect('TextPositionSelector end >= start', (selector.end as number) >= (selector.start as number));
      }
    }
  }
  return failed;
}
