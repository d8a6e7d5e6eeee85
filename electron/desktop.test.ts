import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesToOpen } from './launch-files.js';
import { addRecent, MAX_RECENT, parseRecent, recentLabel } from './recent-files.js';
import { DEFAULT_SIZE, parseWindowState, serializeWindowState, windowBounds, type WindowState } from './window-state.js';

const screen = { x: 0, y: 0, width: 1920, height: 1080 };
const state = (x: number, y: number, width = 1000, height = 700): WindowState => ({ bounds: { x, y, width, height }, maximized: false });

describe('window bounds', () => {
  it('come back where they were saved', () => {
    const saved = parseWindowState(serializeWindowState({ bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: true }));
    expect(saved).toEqual({ bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: true });
    expect(windowBounds(saved, [screen])).toEqual({ x: 100, y: 80, width: 1000, height: 700 });
  });

  it('fall back to the default size when nothing, or something damaged, was saved', () => {
    for (const text of [null, '', '{', '[]', '{"bounds":{"x":"1"}}', '{"bounds":{"x":1,"y":2,"width":null,"height":4}}']) {
      expect(windowBounds(parseWindowState(text), [screen]), String(text)).toEqual(DEFAULT_SIZE);
    }
  });

  it('are not used when the screen they were on is gone (the window would open out of sight)', () => {
    expect(windowBounds(state(2200, 100), [screen])).toEqual(DEFAULT_SIZE);
    expect(windowBounds(state(100, -800), [screen])).toEqual(DEFAULT_SIZE);
    // A second screen to the right still there: the window goes back onto it.
    expect(windowBounds(state(2200, 100), [screen, { x: 1920, y: 0, width: 1280, height: 1024 }])).toEqual({ x: 2200, y: 100, width: 1000, height: 700 });
  });

  it('are kept within the minimum size and the screen', () => {
    expect(windowBounds(state(10, 10, 100, 50), [screen])).toMatchObject({ width: 720, height: 480 });
    expect(windowBounds(state(0, 0, 5000, 3000), [screen])).toMatchObject({ width: 1920, height: 1080 });
  });
});

describe('recent files', () => {
  it('list the newest first, each once, at most ten', () => {
    let list: string[] = [];
    for (let i = 0; i < 12; i++) list = addRecent(list, `/news/${i}.txt`);
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toBe('/news/11.txt');
    list = addRecent(list, '/news/5.txt');
    expect(list[0]).toBe('/news/5.txt');
    expect(list.filter((f) => f === '/news/5.txt')).toHaveLength(1);
  });

  it('survive a damaged file as an empty list', () => {
    expect(parseRecent('{oops')).toEqual([]);
    expect(parseRecent('{"a":1}')).toEqual([]);
    expect(parseRecent('["/a.txt", 3, "", "/b.md"]')).toEqual(['/a.txt', '/b.md']);
  });

  it('are labelled by name, then folder', () => {
    expect(recentLabel('/home/ana/news/story.txt')).toBe('story.txt — /home/ana/news');
  });
});

describe('files named at launch', () => {
  it('are the article files among the arguments, resolved against the working folder', () => {
    const argv = ['/opt/Newsmark/newsmark', '--no-sandbox', 'story.txt', '/tmp/page.HTML', 'notes.md', 'photo.png', '--flag=x.txt'];
    expect(filesToOpen(argv, '/home/ana', 1)).toEqual([path.resolve('/home/ana/story.txt'), '/tmp/page.HTML', path.resolve('/home/ana/notes.md')]);
  });

  it('skip the app folder of an unpackaged run', () => {
    expect(filesToOpen(['/usr/bin/electron', '.', 'a.txt'], '/repo', 2)).toEqual([path.resolve('/repo/a.txt')]);
  });
});
