import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './trusted-sender.js';

const page = 'app://newsmark/index.html';
const mainFrame = (url: string) => ({ url, parent: null });

describe('isTrustedSender', () => {
  it('accepts our page in the main frame', () => {
    expect(isTrustedSender(mainFrame(page), page)).toBe(true);
  });

  it('accepts our page with a query or a fragment', () => {
    expect(isTrustedSender(mainFrame(`${page}#/article/a1`), page)).toBe(true);
    expect(isTrustedSender(mainFrame(`${page}?view=library`), page)).toBe(true);
  });

  it('refuses a missing frame (navigated away or destroyed)', () => {
    expect(isTrustedSender(null, page)).toBe(false);
    expect(isTrustedSender(undefined, page)).toBe(false);
  });

  it('refuses a subframe, even one showing our page', () => {
    expect(isTrustedSender({ url: page, parent: mainFrame(page) }, page)).toBe(false);
  });

  it('refuses any other document', () => {
    for (const url of [
      'app://newsmark/other.html',
      'app://newsmark/index.html/',
      'app://evil/index.html',
      'file:///opt/Newsmark/resources/app.asar/dist/renderer/index.html',
      'file:///index.html',
      'https://newsmark/index.html',
      'about:blank',
      'data:text/html,<p>hi</p>',
      '',
      'not a url',
    ]) {
      expect(isTrustedSender(mainFrame(url), page), url).toBe(false);
    }
  });

  it('compares normalised paths: dot segments name the file they lead to', () => {
    expect(isTrustedSender(mainFrame('app://newsmark/x/../index.html'), page)).toBe(true);
    expect(isTrustedSender(mainFrame('app://newsmark/x/index.html'), page)).toBe(false);
  });

  it('refuses everything when the trusted URL is not an app:// URL', () => {
    expect(isTrustedSender(mainFrame('https://example.com/'), 'https://example.com/')).toBe(false);
    expect(isTrustedSender(mainFrame('file:///tmp/index.html'), 'file:///tmp/index.html')).toBe(false);
    expect(isTrustedSender(mainFrame(page), 'not a url')).toBe(false);
  });
});
