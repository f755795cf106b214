// The shared decisions behind the checker's raw-html, unsafe-urls,
// external-resources, mdx-code and components rules and the build's refusal.
import { describe, expect, it } from 'vitest';
import { htmlRisks, nodeRisks } from '../../src/lib/unsafe-content.ts';
import { normalizeUrl, urlRisk } from '../../src/lib/unsafe-urls.ts';

const kinds = (list: { kind: string }[]) => list.map((r) => r.kind);
const jsx = (name: string | null, attrs: Record<string, unknown> = {}) => ({
  type: 'mdxJsxFlowElement',
  name,
  attributes: Object.entries(attrs).map(([n, value]) => ({ type: 'mdxJsxAttribute', name: n, value })),
});

describe('urlRisk', () => {
  it('refuses script and data addresses, however they are spelled', () => {
    for (const url of [
      'javascript:alert(1)',
      'JaVaScRiPt:x',
      ' java\tscript:x',
      'java&#115;cript:x',
      '&#x6a;avascript:x',
      'vbscript:x',
      'data:text/html,x',
    ])
      expect(urlRisk(url, 'link')?.kind, url).toBe('unsafe-url');
  });
  it('allows links to other sites, but not resources from them', () => {
    expect(urlRisk('https://www.migrationsverket.se/', 'link')).toBeUndefined();
    expect(urlRisk('mailto:a@b.se', 'link')).toBeUndefined();
    for (const url of ['https://example.com/a.png', '//example.com/a.png', '\\\\example.com/a.png', 'http://x'])
      expect(urlRisk(url, 'resource')?.kind, url).toBe('external-resource');
  });
  it('allows the site’s own files', () => {
    for (const url of ['/favicon.svg', 'bild.png', '../bilder/a.png', '#x'])
      expect(urlRisk(url, 'resource')).toBeUndefined();
  });
  it('normalizes like a browser', () => expect(normalizeUrl(' j\na&#118;ascript&colon;x')).toBe('javascript:x'));
});

describe('htmlRisks', () => {
  it('finds forbidden tags in any case, also unclosed or closing only', () => {
    expect(htmlRisks('<SCRIPT>x')).toHaveLength(1);
    expect(htmlRisks('</script>')).toHaveLength(1);
    expect(htmlRisks('<style>a{}</style>')).toHaveLength(1);
    for (const t of ['iframe', 'object', 'embed']) expect(kinds(htmlRisks(`<${t} src="/x">`))).toContain('raw-html');
  });
  it('finds event handlers in any case and quoting', () => {
    for (const h of ['<img onerror="x">', "<p ONCLICK='x'>", '<a onmouseover=x>', '<svg onload=alert(1)>'])
      expect(kinds(htmlRisks(h)), h).toEqual(['raw-html']);
  });
  it('checks addresses in href, src and srcset', () => {
    expect(kinds(htmlRisks('<a href="javascript:x">a</a>'))).toEqual(['unsafe-url']);
    expect(kinds(htmlRisks('<img src="https://e.com/a.png" alt="a">'))).toEqual(['external-resource']);
    expect(kinds(htmlRisks('<img srcset="/a.png 1x, https://e.com/b.png 2x" alt="a">'))).toEqual(['external-resource']);
    expect(kinds(htmlRisks('<svg><image href="https://e.com/a.png"/></svg>'))).toEqual(['external-resource']);
  });
  it('leaves harmless HTML alone', () => {
    expect(htmlRisks('<p class="x">Text <a href="https://e.com/">länk</a> <img src="/a.png" alt="a"></p>')).toEqual([]);
    expect(htmlRisks('<!-- kommentar -->')).toEqual([]);
  });
  it('is fast on hostile input (no catastrophic backtracking)', () => {
    const start = performance.now();
    htmlRisks(`<a ${'"x'.repeat(20000)}`);
    htmlRisks(`<a${' b='.repeat(20000)}`);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('nodeRisks', () => {
  it('refuses components the site does not provide', () => {
    expect(kinds(nodeRisks(jsx('Varning')))).toEqual(['unknown-component']);
    expect(kinds(nodeRisks(jsx('ui.Box')))).toEqual(['unknown-component']);
    expect(nodeRisks(jsx('div'))).toEqual([]);
    expect(nodeRisks(jsx(null))).toEqual([]);
  });
  it('refuses JSX handlers, expressions and spreads', () => {
    expect(kinds(nodeRisks(jsx('img', { src: '/a.png', onError: 'x' })))).toEqual(['raw-html']);
    expect(kinds(nodeRisks(jsx('img', { onError: { type: 'mdxJsxAttributeValueExpression', value: 'x' } })))).toEqual([
      'raw-html',
    ]);
    expect(
      kinds(nodeRisks(jsx('a', { href: { type: 'mdxJsxAttributeValueExpression', value: '"javascript:x"' } }))),
    ).toEqual(['unsafe-url']);
    expect(
      kinds(
        nodeRisks({
          type: 'mdxJsxTextElement',
          name: 'span',
          attributes: [{ type: 'mdxJsxExpressionAttribute', value: '...x' }],
        }),
      ),
    ).toEqual(['mdx-code']);
  });
  it('refuses import/export and expressions', () => {
    expect(kinds(nodeRisks({ type: 'mdxjsEsm', value: "import X from 'y'" }))).toEqual(['mdx-code']);
    expect(kinds(nodeRisks({ type: 'mdxTextExpression', value: 'process.env' }))).toEqual(['mdx-code']);
  });
  it('lets an MDX comment through, but not code after a comment', () => {
    expect(nodeRisks({ type: 'mdxFlowExpression', value: '/* Skriv texten här. */' })).toEqual([]);
    expect(kinds(nodeRisks({ type: 'mdxFlowExpression', value: '/* a */ fetch("x") /* b */' }))).toEqual(['mdx-code']);
  });
  it('checks Markdown images and links', () => {
    expect(kinds(nodeRisks({ type: 'image', url: 'https://e.com/a.png' }))).toEqual(['external-resource']);
    expect(nodeRisks({ type: 'link', url: 'https://e.com/' })).toEqual([]);
    expect(kinds(nodeRisks({ type: 'link', url: 'javascript:x' }))).toEqual(['unsafe-url']);
    expect(nodeRisks({ type: 'paragraph' })).toEqual([]);
  });
});
