import { describe, expect, it } from 'vitest';
import { precacheUrl, precacheVersion, serviceWorkerSource, shouldPrecache } from '../../src/lib/precache.ts';

describe('precache', () => {
  it('takes every built file except the worker itself, source maps and dotfiles', () => {
    expect(['index.html', 'pagefind/pagefind.js', '_astro/a.css', 'favicon.svg'].every(shouldPrecache)).toBe(true);
    expect(['sw.js', '_astro/a.js.map', '.DS_Store', 'x/.hidden/y'].some(shouldPrecache)).toBe(false);
  });

  it('maps files to the URLs pages are requested by, under the base path', () => {
    expect(precacheUrl('index.html', '/')).toBe('/');
    expect(precacheUrl('processkarta/index.html', '/')).toBe('/processkarta/');
    expect(precacheUrl('pagefind/pagefind.js', '/')).toBe('/pagefind/pagefind.js');
    expect(precacheUrl('processkarta/index.html', '/metodstod')).toBe('/metodstod/processkarta/');
    expect(precacheUrl('index.html', '/metodstod/')).toBe('/metodstod/');
    expect(precacheUrl('404.html', '/metodstod/')).toBe('/metodstod/404.html');
  });

  it('versions by file list and contents, not by order', () => {
    const a = { path: 'a.html', content: 'A' };
    const b = { path: 'b.css', content: new TextEncoder().encode('B') };
    const v = precacheVersion([a, b]);
    expect(v).toMatch(/^[0-9a-f]{12}$/);
    expect(precacheVersion([b, a])).toBe(v);
    expect(precacheVersion([a, { ...b, content: 'B2' }])).not.toBe(v);
    expect(precacheVersion([a])).not.toBe(v);
    expect(precacheVersion([a, { ...b, path: 'c.css' }])).not.toBe(v);
  });

  it('writes the constants ahead of the runtime', () => {
    const src = serviceWorkerSource({ version: 'abc', base: '/m', urls: ['/m/', '/m/x.css'] }, '/* runtime */');
    expect(src).toContain('const VERSION = "abc";');
    expect(src).toContain('const BASE = "/m/";');
    expect(src).toContain('const PRECACHE = ["/m/","/m/x.css"];');
    expect(src.trimEnd().endsWith('/* runtime */')).toBe(true);
  });
});
