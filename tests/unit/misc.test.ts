import { describe, expect, it } from 'vitest';
import { alphabetGroups } from '../../src/lib/alphabet.ts';
import { diagramLabels } from '../../src/lib/diagram-text.ts';
import { parseGitLog } from '../../src/node/git-dates.ts';
import { findChromium } from '../../src/node/chromium.ts';
import { languageName } from '../../src/lib/languages.ts';
import { today } from '../../src/node/today.ts';
import { diagramHash } from '../../src/markdown/diagram-store.ts';
import { isCurrentSection } from '../../src/lib/nav.ts';

describe('alphabetGroups', () => {
  it('sorts Å Ä Ö after Z', () => {
    const g = alphabetGroups(['Ört', 'Ägg', 'Åsa', 'Zon', 'apa'], (s) => s);
    expect(g.map((x) => x.letter)).toEqual(['A', 'Z', 'Å', 'Ä', 'Ö']);
  });
  it('groups § and digits under #', () => expect(alphabetGroups(['§ 37-medel'], (s) => s)[0].letter).toBe('#'));
});

describe('diagramLabels', () => {
  it('extracts accessible title, participants and messages', () => {
    const src =
      'sequenceDiagram\naccTitle: Titel\naccDescr: Beskrivning\nparticipant IS as Intro Stockholm\nIS->>SDF: Aktualiserar ärendet';
    expect(diagramLabels(src)).toEqual(['Titel', 'Beskrivning', 'Intro Stockholm', 'Aktualiserar ärendet']);
  });
  it('extracts flowchart node labels', () =>
    expect(diagramLabels('flowchart LR\nA[Ankomst] --> B(Bosättning)')).toEqual(['Ankomst', 'Bosättning']));
});

describe('parseGitLog', () => {
  it('keeps the newest date per file', () => {
    const out =
      '\x002026-11-02T10:00:00+01:00\n\ncontent/a.mdx\n\x002026-10-01T10:00:00+01:00\n\ncontent/a.mdx\ncontent/b.mdx\n';
    const m = parseGitLog(out);
    expect(m.get('content/a.mdx')?.toISOString()).toBe('2026-11-02T09:00:00.000Z');
    expect(m.get('content/b.mdx')?.toISOString()).toBe('2026-10-01T09:00:00.000Z');
  });
});

it('prefers CHROMIUM_PATH', () => expect(findChromium({ CHROMIUM_PATH: '/x/chrome' })).toBe('/x/chrome'));
it('names languages in Swedish', () => expect(languageName('ar')).toBe('arabiska'));
it('reads TODAY', () => expect(today({ TODAY: '2026-01-02' }).toISOString()).toBe('2026-01-02T00:00:00.000Z'));
it('hashes diagrams by source and version', () => {
  expect(diagramHash('graph TD', '12')).toBe(diagramHash(' graph TD \n', '12'));
  expect(diagramHash('graph TD', '12')).not.toBe(diagramHash('graph TD', '13'));
});
it('marks the current section', () => {
  expect(isCurrentSection('/lankar/', '/lankar/')).toBe(true);
  expect(isCurrentSection('/lankar/', '/begrepp/')).toBe(false);
});

it('sizes the build heap to the content, with room to spare', async () => {
  const { heapLimitMb } = await import('../../scripts/build.mjs');
  expect(heapLimitMb(155)).toBe(551);
  expect(heapLimitMb(1070)).toBe(780);
  expect(heapLimitMb(5070)).toBeGreaterThan(heapLimitMb(1070) * 2);
});

it('lists the files of a build output folder, optionally by ending', async () => {
  const { mkdtempSync, mkdirSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const { builtFiles } = await import('../../src/node/built-files.ts');
  const root = mkdtempSync(path.join(tmpdir(), 'built-'));
  mkdirSync(path.join(root, 'a'));
  writeFileSync(path.join(root, 'a/index.html'), '');
  writeFileSync(path.join(root, 'sw.js'), '');
  expect(builtFiles(root, '.html')).toEqual([path.join(root, 'a/index.html')]);
  expect(builtFiles(root).sort()).toEqual([path.join(root, 'a/index.html'), path.join(root, 'sw.js')]);
});
