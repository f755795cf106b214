import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashSource, inlineSources, policyFor, withCsp } from '../../src/lib/csp.ts';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const PAGE =
  '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>x</title><style>a{color:red}</style></head>' +
  '<body><script>go()</script><script src="/x.js"></script><script type="module">m()</script>' +
  '<svg><style>#s{fill:none}</style><text style="font-family:&quot;a&quot;">t</text></svg></body></html>';

describe('inlineSources', () => {
  it('finds inline scripts (not external ones), style elements (also in SVG) and decoded style attributes', () => {
    expect(inlineSources(PAGE)).toEqual({
      scripts: ['go()', 'm()'],
      styles: ['a{color:red}', '#s{fill:none}'],
      styleAttributes: ['font-family:"a"'],
    });
  });
});

describe('policyFor', () => {
  it('allows only the site itself plus the hashes, never unsafe-inline', () => {
    const policy = policyFor(inlineSources(PAGE));
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${[sha('go()'), sha('m()')].sort().join(' ')};`);
    expect(policy).toContain("style-src 'self' 'unsafe-hashes' ");
    for (const s of ['a{color:red}', '#s{fill:none}', 'font-family:"a"']) expect(policy).toContain(sha(s));
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toMatch(/default-src 'self'; .*object-src 'none'/);
    expect(policy).not.toMatch(/frame-ancestors|report-uri|sandbox/);
  });
  it('needs no unsafe-hashes without style attributes', () =>
    expect(policyFor({ scripts: [], styles: [], styleAttributes: [] })).toContain("style-src 'self'; "));
  it('hashes UTF-8', () => expect(hashSource('å')).toBe(sha('å')));
});

describe('withCsp', () => {
  it('puts the policy right after <meta charset>, and is idempotent', () => {
    const once = withCsp(PAGE);
    expect(once).toMatch(/<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src/);
    expect(withCsp(once)).toBe(once);
  });
});
