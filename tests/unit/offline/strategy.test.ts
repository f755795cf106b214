import { describe, expect, it } from 'vitest';
import { decide, isPagePath, sitePath } from '../../../src/lib/offline/strategy.ts';

const O = 'https://kb.example';
const get = (p: string, mode?: string) => decide({ method: 'GET', url: `${O}${p}`, mode }, O, '/m/');

describe('routing strategy', () => {
  it('pages are network first, under any base', () => {
    for (const p of ['/m/', '/m', '/m/processkarta/', '/m/404.html', '/m/kontakt', '/m/sok/?q=tolk'])
      expect(get(p)).toEqual({ strategy: 'network-first', kind: 'page' });
    expect(get('/m/weird.js', 'navigate')?.strategy).toBe('network-first');
  });

  it('content-hashed files are cache first', () => {
    for (const p of [
      '/m/_astro/Base.abc123.css',
      '/m/pagefind/fragment/sv_1a2b.pf_fragment',
      '/m/pagefind/index/sv_9f.pf_index',
      '/m/pagefind/pagefind.sv_77.pf_meta',
      '/m/pagefind/wasm.sv.pagefind',
    ])
      expect(get(p)).toEqual({ strategy: 'cache-first', kind: 'hashed' });
  });

  it('files named without a hash stay current: network first', () => {
    for (const p of ['/m/pagefind/pagefind.js', '/m/pagefind/pagefind-entry.json', '/m/js/search.js', '/m/favicon.svg'])
      expect(get(p)).toEqual({ strategy: 'network-first', kind: 'file' });
  });

  it('leaves the worker, other hosts, other methods and other paths to the browser', () => {
    expect(get('/m/sw.js')).toBeUndefined();
    expect(get('/other/')).toBeUndefined();
    expect(decide({ method: 'GET', url: 'https://cdn.example/m/x.css' }, O, '/m/')).toBeUndefined();
    expect(decide({ method: 'POST', url: `${O}/m/` }, O, '/m/')).toBeUndefined();
  });

  it('knows page paths and the path below the base', () => {
    expect(['', 'a/', 'a/b.html', 'kontakt'].every(isPagePath)).toBe(true);
    expect(['a.css', 'x/y.pf_index'].some(isPagePath)).toBe(false);
    expect(sitePath('/m/x/', '/m')).toBe('x/');
    expect(sitePath('/m', '/m/')).toBe('');
    expect(sitePath('/mx/', '/m/')).toBeUndefined();
    expect(sitePath('/a', '/')).toBe('a');
  });
});
