import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from './html-parse.js';
import { importDocument } from './import-document.js';
import { fixtureBytes, fixtureText, importError, importFixture, utf8 } from './test-fixtures.js';

describe('HTML: a saved news page', () => {
  const doc = importFixture('news-page.html');

  it('keeps only the article: headline and paragraphs in order, line break kept, list as lines', () => {
    expect(doc.text).toBe(
      [
        'Harbour authority approves €2.4bn expansion after nine-hour hearing',
        'The Northport harbour authority on Thursday approved a €2.4 billion expansion of its container terminal, ending a nine-hour public hearing in which residents, fishermen and shipping firms clashed over the project’s cost and its effect on the bay.',
        'The board voted 7–2 in favour. Chair Ingrid Halvorsen said the plan would “secure 3,400 jobs for the next generation” and that construction would begin in the spring of 2025.',
        'Opponents disputed those figures. “Nobody has shown us where 3,400 jobs come from,” said Tomas Berg of the Northport Fishermen’s Association, citing an independent review that put the figure closer to 1,100.\nThe association said it would appeal.',
        'What the plan includes',
        '• Two new deep-water berths, dredged to 18 metres\n• A 1.2-kilometre breakwater south of the existing pier\n• Rail sidings for up to 40 freight trains a week',
        '“We are not against the port. We are against a port that pretends the bay has no other users,” Berg told the board.',
        'The authority’s own impact assessment, published in January, estimated that dredging would disturb about 14\u00a0hectares of seagrass. Halvorsen said the authority would fund the replanting of twice that area.',
        'The regional government, which owns 51% of the authority, must still sign off on the financing. A spokesperson said a decision was expected “within weeks”. Questions can be sent to press@northport.example.',
        'Share this story',
      ].join('\n\n'),
    );
  });

  it('leaves out the cookie banner, menus, ads, related links, sign-up form, comments and footer', () => {
    for (const junk of ['cookies', 'Accept all', 'Subscribe', 'Advertisement', 'Related', 'Port dredging row', 'Morning Briefing', 'Comments', 'All rights reserved', 'dataLayer', 'font-family']) {
      expect(doc.text).not.toContain(junk);
    }
  });

  it('reads title, author, outlet, date and canonical URL from the page', () => {
    expect(doc.title).toBe('Harbour authority approves €2.4bn expansion after nine-hour hearing');
    expect(doc.meta).toMatchObject({
      author: 'Maria Okafor',
      outlet: 'The Coastal Gazette',
      // 23:40 in UTC+1 is still the 14th where it was published.
      date: '2024-03-14',
      url: 'https://coastalgazette.example/news/2024/03/harbour-expansion',
      encoding: 'utf-8',
      source: 'news-page.html',
    });
  });

  it('keeps the article’s links (relative ones made absolute, mailto kept), not the page’s menus or javascript:', () => {
    expect(doc.meta.links).toEqual([
      { text: 'independent review', href: 'https://www.northport-fishers.example/report-2023.pdf' },
      { text: 'impact assessment', href: 'https://coastalgazette.example/documents/impact-assessment' },
      { text: 'press@northport.example', href: 'mailto:press@northport.example' },
    ]);
  });
});

describe('HTML: metadata from JSON-LD', () => {
  it('follows @graph and @id references, ignores broken JSON-LD, resolves entities, prefers datePublished to <time>', () => {
    const doc = importFixture('jsonld-graph.html');
    expect(doc.title).toBe('Minister resigns over ‘damning’ procurement report');
    expect(doc.meta).toMatchObject({
      author: 'Sam O’Neill',
      outlet: 'Northern Ledger',
      date: '2023-11-02',
      url: 'https://ledger.example/politics/minister-resigns',
    });
    expect(doc.text).toContain('contracts worth £48 million had been awarded without a competitive tender.\n\nThe report,');
    expect(doc.text).not.toContain('Home');
  });
});

describe('HTML: plain pages without Open Graph or JSON-LD', () => {
  it('takes the <title> without the outlet suffix and the date from <time datetime>', () => {
    const paragraph = '<p>The river bridge was closed to all traffic on Saturday after engineers found a crack in one of its main supports during a routine inspection.</p>';
    const html = `<html><head><title>Bridge closed after crack found | The Daily Example</title><meta property="og:site_name" content="The Daily Example"></head>
      <body><article><time datetime="2021-06-05T08:00">5 June</time>${paragraph.repeat(3)}</article></body></html>`;
    const doc = importDocument('bridge.html', utf8(html));
    expect(doc.title).toBe('Bridge closed after crack found');
    expect(doc.meta).toMatchObject({ outlet: 'The Daily Example', date: '2021-06-05' });
    expect(doc.text.startsWith('Bridge closed after crack found\n\n')).toBe(true);
  });
});

describe('HTML: encodings', () => {
  it('honours <meta http-equiv charset=iso-8859-1> without a notice, since the page said so', () => {
    const doc = importFixture('latin1-page.html');
    expect(doc.meta.encoding).toBe('windows-1252');
    expect(doc.notices).toEqual([]);
    expect(doc.title).toBe('Zürich: la fête des vignerons attire 40 000 visiteurs');
    expect(doc.text).toContain('«C\'est la meilleure année depuis dix ans», a déclaré Anaïs Müller');
  });

  it('honours a byte order mark over the declared charset', () => {
    const page = fixtureText('latin1-page.utf8-source.html');
    const doc = importDocument('page.html', utf8(`\uFEFF${page}`));
    expect(doc.meta.encoding).toBe('utf-8');
    expect(doc.text).toContain('Anaïs Müller');
  });
});

describe('HTML: a page with no article', () => {
  it('is refused with a message that says what to do', () => {
    const err = importError('no-article.html', fixtureBytes('no-article.html'));
    expect(err.code).toBe('no-article-content');
    expect(err.message).toContain('no-article.html');
    expect(err.message).toContain('save it again');
  });
});

describe('HTML: a hostile page', () => {
  let server: Server;
  const requests: string[] = [];
  let hostile = '';
  const pwnedFile = join(tmpdir(), `newsmark-pwned-${process.pid}.txt`);
  const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 300));
  const flag = (win: unknown, name: string): unknown => (win as Record<string, unknown>)[name];

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      const js = req.url?.endsWith('.js');
      res.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/css' });
      res.end(js ? 'window.__newsmarkRemote = "remote script ran";' : 'body { color: red }');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    hostile = fixtureText('hostile.html').replaceAll('{{ORIGIN}}', origin).replaceAll('{{PWNED_FILE}}', pwnedFile);
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('control: the same page in a jsdom allowed to run and load things does run scripts and hit the server', async () => {
    const dom = new JSDOM(hostile, { runScripts: 'dangerously', resources: 'usable' });
    await new Promise((resolve) => dom.window.addEventListener('load', resolve));
    await settle();
    expect(flag(dom.window, '__newsmarkPwned')).toBe('inline script ran');
    expect(flag(dom.window, '__newsmarkOnload')).toBe('body onload ran');
    expect(requests).toEqual(expect.arrayContaining(['/remote-stylesheet.css', '/remote-script.js']));
    dom.window.close();
    requests.length = 0;
  });

  it('imports the article text and nothing of the attack: no script ran, nothing was fetched', async () => {
    const doc = importDocument('hostile.html', utf8(hostile));
    await settle();
    expect(requests).toEqual([]);
    expect(flag(globalThis, '__newsmarkPwned')).toBeUndefined();
    expect(existsSync(pwnedFile)).toBe(false);

    expect(doc.text).toBe(
      [
        'Council publishes audit of road repairs',
        'The city council on Monday published an audit of its road repair programme, which found that 38% of repairs carried out in 2023 failed within a year and had to be redone at an extra cost of £1.7 million.',
        'The auditors said contractors were paid before inspections took place. Read the full audit or download the summary; questions go to audit@council.example.',
        'The council leader said the findings were “unacceptable” and promised that payments would in future be held back until an independent engineer had signed off each repair.',
      ].join('\n\n'),
    );
    expect(doc.meta.links).toEqual([{ text: 'audit@council.example', href: 'mailto:audit@council.example' }]);
  });

  it('parses the page into a window where no inline script or event handler has run', async () => {
    const win = parseHtml(hostile).defaultView;
    await settle();
    for (const name of ['__newsmarkPwned', '__newsmarkOnload', '__newsmarkOnerror', '__newsmarkFrame', '__newsmarkSvg', '__newsmarkSvgScript', '__newsmarkLate', '__newsmarkRemote']) {
      expect(flag(win, name), name).toBeUndefined();
    }
    expect(requests).toEqual([]);
  });
});
