import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_URL, resolveRendererFile, responseHeaders } from './app-protocol.js';
import { CONTENT_SECURITY_POLICY } from './csp.js';

const root = path.resolve('/opt/Newsmark/resources/app.asar/dist/renderer');

describe('resolveRendererFile', () => {
  it('serves the page and its assets from the renderer folder', () => {
    expect(resolveRendererFile(root, PAGE_URL)).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, 'app://newsmark/')).toBe(path.join(root, 'index.html'));
    expect(resolveRendererFile(root, 'app://newsmark/assets/index-Bq.js?v=1#x')).toBe(path.join(root, 'assets', 'index-Bq.js'));
    expect(resolveRendererFile(root, 'app://newsmark/assets/a%20b.css')).toBe(path.join(root, 'assets', 'a b.css'));
  });

  it('refuses anything outside the folder, however it is spelled', () => {
    for (const url of [
      'app://newsmark/../main.cjs',
      'app://newsmark/%2e%2e/main.cjs',
      'app://newsmark/assets/%2e%2e%2f%2e%2e%2fmain.cjs',
      'app://newsmark/..%2f..%2fetc/passwd',
      'app://newsmark/%2fetc%2fpasswd',
      'app://newsmark/..%5c..%5cwindows%5csystem.ini',
      'app://newsmark/C:/Windows/win.ini',
      'app://newsmark/index.html%00.png',
      'app://newsmark/%E0%A4%A',
      'app://other/index.html',
      'file:///opt/Newsmark/resources/app.asar/dist/renderer/index.html',
      'not a url',
    ]) {
      const file = resolveRendererFile(root, url);
      if (file !== null) expect(path.relative(root, file).startsWith('..'), `${url} → ${file}`).toBe(false);
      expect(file === null || file.startsWith(root + path.sep), url).toBe(true);
    }
    // The URL parser takes dot segments away first: these stay in the folder (and find nothing there).
    expect(resolveRendererFile(root, 'app://newsmark/../main.cjs')).toBe(path.join(root, 'main.cjs'));
    expect(resolveRendererFile(root, 'app://newsmark/%2e%2e/main.cjs')).toBe(path.join(root, 'main.cjs'));
    // Encoded slashes survive the parser, so the decoded path is checked again.
    expect(resolveRendererFile(root, 'app://newsmark/..%2f..%2fetc/passwd')).toBeNull();
    expect(resolveRendererFile(root, 'app://newsmark/index.html%00.png')).toBeNull();
    expect(resolveRendererFile(root, 'app://other/index.html')).toBeNull();
  });
});

describe('responseHeaders', () => {
  it('send each file with its type, the policy, and no sniffing', () => {
    expect(responseHeaders('/x/index.html')).toMatchObject({ 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
    expect(responseHeaders('/x/a.JS')['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(responseHeaders('/x/a.bin')['Content-Type']).toBe('application/octet-stream');
    expect(responseHeaders('/x/a.css')['X-Content-Type-Options']).toBe('nosniff');
  });

  it('is a policy under which only the app’s own scripts run and nothing is fetched', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });
});
