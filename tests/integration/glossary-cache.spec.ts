// A glossary change must re-mark every page, also when the build keeps its
// caches: Astro's content layer keeps rendered Markdown entries by their own
// digest, so without the glossary among the processor's inputs a .md page
// mentioning a term kept its old tooltip until the cache was deleted.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { astroBuild } from '../../scripts/build.mjs';
import { FIXTURE } from '../support/sites.ts';

const work = mkdtempSync(path.join(tmpdir(), 'metodstod-glossary-'));
const content = path.join(work, 'content');
const out = path.join(work, 'dist');
const term = path.join(content, 'begrepp', 'anvisning.yaml');
const PAGE = `---
title: Provsida om anvisning
summary: En sida som bara finns i det här testet och nämner ett begrepp.
owner: avdelningen-for-mottagande-av-nyanlanda
reviewed: 2026-11-23
---

Efter beslutet om anvisning tar kommunen emot personen.
`;

const build = () => {
  const status = astroBuild({ CONTENT_DIR: content, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1' });
  expect(status).toBe(0);
};
const tooltip = () => {
  const html = readFileSync(path.join(out, 'provsida-om-anvisning', 'index.html'), 'utf8');
  return /<span[^>]*role="tooltip"[^>]*>([\s\S]*?)<\/span>/.exec(html)?.[1] ?? '';
};

test.afterAll(() => rmSync(work, { recursive: true, force: true }));

test.describe('glossary and the build cache', () => {
  test('a changed definition reaches a Markdown page in a rebuild with caches kept', () => {
    test.setTimeout(900_000);
    cpSync(FIXTURE.content, content, { recursive: true });
    writeFileSync(path.join(content, 'sidor', 'provsida-om-anvisning.md'), PAGE);
    build();
    expect(tooltip()).toContain('Beslut om vilken kommun');

    writeFileSync(
      term,
      readFileSync(term, 'utf8').replace(/definition: >-\n[\s\S]*?\n(?=\S)/, 'definition: Ny förklaring i provet.\n'),
    );
    build();
    expect(tooltip()).toContain('Ny förklaring i provet.');
    expect(tooltip()).not.toContain('Beslut om vilken kommun');
  });
});
