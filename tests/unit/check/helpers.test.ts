import { describe, expect, it } from 'vitest';
import { badDate } from '../../../scripts/check/rules/dates.ts';
import { urlKey } from '../../../scripts/check/rules/duplicate-urls.ts';
import { sluggedPath as entryId } from '../../../src/content-types/id.ts';
import { parseMermaid } from '../../../scripts/check/mermaid.ts';
import { annotation } from '../../../scripts/check/problem.ts';

describe('badDate', () => {
  it('accepts real dates and partial dates', () => {
    expect(badDate('2028-02-29')).toBeUndefined();
    expect(badDate('2020-04')).toBeUndefined();
  });
  it('explains impossible ones', () => {
    expect(badDate('2026-02-29')).toBe('februari 2026 har 28 dagar');
    expect(badDate('2026-13-01')).toBe('månad 13 finns inte');
  });
});

describe('urlKey', () => {
  it('treats http/https, www and a trailing slash as the same page', () =>
    expect(urlKey('http://WWW.Example.se/a/')).toBe(urlKey('https://example.se/a')));
  it('keeps different paths apart', () =>
    expect(urlKey('https://example.se/a')).not.toBe(urlKey('https://example.se/b')));
  it('ignores non-web addresses', () => expect(urlKey('javascript:alert(1)')).toBeUndefined());
});

it('gives files the ids Astro gives them', () => {
  expect(entryId('Tolk.yml')).toBe('tolk');
  expect(entryId('barn/index.mdx')).toBe('barn');
});

describe('parseMermaid (Mermaid in Node, no browser)', () => {
  it('accepts a valid diagram with accessibility lines', async () =>
    expect(await parseMermaid('sequenceDiagram\n  accTitle: T\n  accDescr: D\n  A->>B: hej')).toEqual({ ok: true }));
  it('gives the line of a syntax error', async () =>
    expect(await parseMermaid('flowchart TD\n  A --> B\n  B -->> C')).toMatchObject({ ok: false, line: 3 }));
  it('recognises an unknown diagram type', async () =>
    expect(await parseMermaid('flödesschema\n  A --> B')).toMatchObject({ ok: false, unknownType: true, line: 1 }));
});

it('annotates problems for GitHub pull requests', () => {
  const p = {
    rule: 'x',
    file: `${process.cwd()}/content/a,b.mdx`,
    line: 3,
    field: 'owner',
    message: '100% fel:\nny rad',
    fix: 'rätta',
  };
  expect(annotation(p)).toBe('::error file=content/a%2Cb.mdx,line=3,title=owner::100%25 fel:%0Any rad  →  rätta');
});
