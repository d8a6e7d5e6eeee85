// Test helpers: the fixture files in ./fixtures as the bytes a user's file would have, and the
// error a failing import throws, so tests can check its code and message.

import { readFileSync } from 'node:fs';
import { NewsmarkError } from '../api/errors.js';
import { importDocument, type ImportedDocument } from './import-document.js';

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
}

export function fixtureText(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

export function importFixture(name: string): ImportedDocument {
  return importDocument(name, fixtureBytes(name));
}

export function importError(fileName: string, bytes: Uint8Array): NewsmarkError {
  try {
    importDocument(fileName, bytes);
  } catch (err) {
    if (err instanceof NewsmarkError) return err;
    throw err;
  }
  throw new Error(`importing ${fileName} did not fail`);
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
