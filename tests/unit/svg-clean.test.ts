// Mermaid's SVG made valid HTML (vnu) without changing what is drawn; and the
// glossary's "#" group gets an anchor that is a valid fragment.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alphabetGroups, OTHER_ANCHOR } from '../../src/lib/alphabet.ts';
import { cleanSvg } from '../../src/lib/svg-clean.ts';

describe('cleanSvg', () => {
  it('drops data-type, which MDX would turn into datatype', () =>
    expect(cleanSvg('<svg><g data-et="p" data-type="participant" data-id="BS"></g></svg>')).toBe(
      '<svg><g data-et="p" data-id="BS"></g></svg>',
    ));
  it('drops name and datatype, keeping every other attribute', () => {
    const svg =
      '<svg id="s"><g id="r" datatype="participant" data-id="BS"><rect x="1" name="BS" rx="6"/><line name="BS" x1="2"/></g></svg>';
    expect(cleanSvg(svg)).toBe('<svg id="s"><g id="r" data-id="BS"><rect x="1" rx="6"/><line x1="2"/></g></svg>');
  });
  it('paints a reference to a missing element as none (what browsers draw) and keeps the others', () => {
    const svg =
      '<svg id="s"><style>#s rect{stroke:url(#s-gradient);filter:url(#s-shadow)}</style><filter id="s-shadow"/><rect fill="url(\'#gone\')"/></svg>';
    expect(cleanSvg(svg)).toBe(
      '<svg id="s"><style>#s rect{stroke:none;filter:url(#s-shadow)}</style><filter id="s-shadow"/><rect fill="none"/></svg>',
    );
  });
  it('leaves the text of a diagram alone', () => {
    const svg = '<svg id="s"><text>name="x" datatype</text></svg>';
    expect(cleanSvg(svg)).toBe(svg);
  });
  it('cleans every SVG in the Mermaid cache, if there is one', () => {
    let files: string[];
    try {
      files = readdirSync('.cache/mermaid').filter((f) => f.endsWith('.svg'));
    } catch {
      return;
    }
    for (const f of files) {
      const out = cleanSvg(readFileSync(`.cache/mermaid/${f}`, 'utf8'));
      expect(out).not.toMatch(/<(rect|line|g)\b[^>]*\s(name|datatype|data-type)=/);
      const ids = new Set(Array.from(out.matchAll(/\sid="([^"]+)"/g), (m) => m[1]));
      for (const m of out.matchAll(/url\(['"]?#([^'")]+)/g)) expect(ids, `${f}: #${m[1]}`).toContain(m[1]);
    }
  });
});

describe('glossary anchors', () => {
  it('gives the "#" group a word as anchor and letters their own', () => {
    const groups = alphabetGroups(['§ 37-medel', 'Ärende'], (s) => s);
    expect(groups.map((g) => [g.letter, g.anchor])).toEqual([
      ['#', OTHER_ANCHOR],
      ['Ä', 'Ä'],
    ]);
    expect(OTHER_ANCHOR).toMatch(/^[a-z]+$/);
  });
});
