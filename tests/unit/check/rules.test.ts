// Every rule of `npm run check` against a fixture that breaks it (and nothing
// else), and the real content, which must pass.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, runCheck } from '../../../scripts/check/run.ts';
import { formatProblem, summary } from '../../../scripts/check/problem.ts';

const FIXTURES = 'tests/fixtures/check';
const TODAY = new Date('2026-11-23T00:00:00Z');

/** Per rule: "file:line field" (relative to the fixture's content/) and what the message says. */
const EXPECTED: Record<string, [string, RegExp][]> = {
  syntax: [
    ['begrepp/trasig.yaml:2 YAML', /citattecken stängs aldrig/],
    ['sidor/trasig-text.mdx:10 text', /taggen <div> stängs aldrig/],
    ['sidor/utan-frontmatter.mdx:1 frontmatter', /börjar inte med frontmatter/],
  ],
  'stray-files': [
    ['avsnitt/ny-sida.md:1 fil', /\.md läses inte in.*→ {2}byt filändelse till \.mdx/],
    ['nyheter/nyhet.yaml:1 fil', /hör till någon innehållstyp/],
    ['processkarta/steg-ett.yaml:1 fil', /direkt i processkarta/],
  ],
  slugs: [
    ['begrepp/Nytt Begrepp.yaml:1 filnamn', /a–z.*"nytt-begrepp\.yaml"/],
    ['begrepp/tolk.yml:1 filnamn', /samma id "tolk" som begrepp\/tolk\.yaml/],
  ],
  references: [
    ['begrepp/ord.yaml:4 seeAlso[0]', /"okant-begrepp" finns inte bland begrepp/],
    [
      'processkarta/steg/steg-ett.yaml:2 phase',
      /"okand-fas" finns inte.*content\/processkarta\/faser\/okand-fas\.yaml/,
    ],
    ['processkarta/steg/steg-ett.yaml:6 actors[1]', /"okand-aktor" finns inte bland aktörer/],
    ['processkarta/steg/steg-ett.yaml:10 models[0]', /"okand-modell" finns inte bland samverkansmodeller/],
    ['processkarta/steg/steg-ett.yaml:12 checklist[0]', /"okand-punkt"/],
    ['processkarta/steg/steg-ett.yaml:14 links[0]', /"okand-lank"/],
    ['sidor/sida.mdx:7 sources[0].dokument', /"okant-dokument" finns inte bland dokument/],
  ],
  owner: [
    [
      'sidor/sida.mdx:4 owner',
      /"myndigheten" är inte en enhet i Stockholms stad.*kind: stadens-enhet, till exempel enheten/,
    ],
  ],
  'responsibility-text': [
    [
      'checklista/bankkonto.yaml:3 responsible',
      /texten säger att ansvaret inte framgår \("anger inte vem".*responsible: enheten/,
    ],
    ['samverkansmodeller/modell.mdx:9 steps[0].responsible', /är inte klarlagt".*responsible: enheten/],
  ],
  'link-urls': [
    ['lankar/farlig.yaml:2 url', /javascript: är inte tillåtet/],
    ['lankar/relativ.yaml:2 url', /ingen fullständig webbadress/],
  ],
  'unsafe-urls': [
    ['aktorer/farlig.yaml:4 website', /börjar med javascript:/],
    ['sidor/sida.mdx:8 länk', /börjar med javascript:/],
    ['sidor/sida.mdx:10 bild', /börjar med data:.*→ {2}lägg filen i public\//],
    ['sidor/sida.mdx:12 länk', /börjar med javascript:/],
    ['sidor/sida.mdx:14 länk', /börjar med javascript:/],
  ],
  'raw-html': [
    ['sidor/ra.md:8 html', /taggen <style>/],
    ['sidor/ra.md:10 html', /attributet ONMOUSEOVER kör kod/],
    ['sidor/sida.mdx:10 html', /taggen <script> kör kod/],
    ['sidor/sida.mdx:12 html', /attributet onError kör kod.*→ {2}ta bort onError/],
    ['sidor/sida.mdx:14 html', /taggen <iframe> bäddar in/],
    ['sidor/sida.mdx:16 html', /taggen <object>/],
    ['sidor/sida.mdx:18 html', /taggen <embed>/],
  ],
  'external-resources': [
    ['sidor/sida.mdx:8 bild', /"https:\/\/example\.com\/karta\.png" hämtas från en annan webbplats/],
    ['sidor/sida.mdx:10 bild', /"\/\/example\.com\/bild\.png"/],
    ['sidor/sida.mdx:12 bild', /film\.mp4/],
    ['sidor/sida.mdx:14 bild', /karta2\.png/],
  ],
  'mdx-code': [
    ['sidor/sida.mdx:8 kod', /"import fs from 'node:fs';" är kod/],
    ['sidor/sida.mdx:10 kod', /export const hemlig/],
    ['sidor/sida.mdx:12 kod', /\{hemlig\} är kod/],
  ],
  components: [
    ['sidor/sida.mdx:8 komponent', /komponenten <Varning> finns inte på webbplatsen/],
    ['sidor/sida.mdx:10 komponent', /<Markering>/],
  ],
  'duplicate-order': [
    [
      'processkarta/faser/forsta.yaml:2 order',
      /order 1 finns redan i processkartans faser \(processkarta\/faser\/andra\.yaml\)/,
    ],
    [
      'processkarta/steg/steg-b.yaml:3 order',
      /order 2 finns redan i fasen forsta \(processkarta\/steg\/steg-a\.yaml\)/,
    ],
  ],
  'duplicate-urls': [['lankar/forsta.yaml:2 url', /samma adress finns redan i lankar\/andra\.yaml/]],
  tags: [['sidor/sida.mdx:8 tags[1]', /okänd tagg "samverkann".*menade du "samverkan"/]],
  dates: [['sidor/sida.mdx:5 reviewed', /"2026-02-30" är inget riktigt datum: februari 2026 har 28 dagar/]],
  'duplicate-titles': [['begrepp/tolkning.yaml:1 term', /samma term " tolk" som begrepp\/tolk\.yaml/]],
  'review-date': [['sidor/sida.mdx:5 reviewed', /2030-01-01 ligger i framtiden/]],
  schema: [
    ['samverkansmodeller/modell.mdx:5 parties', /minst två parter/],
    ['samverkansmodeller/modell.mdx:9 steps[0].description', /fältet saknas.*"description: …"/],
    ['sidor/fel-falt.mdx:1 summary', /fältet saknas/],
    [
      'sidor/fel-falt.mdx:2 titel',
      /okänt fält – kontrollera stavningen, tillåtna fält: title, summary.*menade du "title"/,
    ],
    ['sidor/fel-falt.mdx:4 status', /ogiltigt värde "klar" – tillåtna värden: gällande, utkast, arkiverad/],
    ['sidor/fel-falt.mdx:5 order', /ska vara ett tal, men är text/],
    ['sidor/fel-falt.mdx:7 reviewed', /"snart" ska vara ett datum/],
  ],
  'internal-links': [
    ['sidor/sida.mdx:12 länk', /"\/finns-inte\/": sidan \/finns-inte\/ finns inte/],
    ['sidor/sida.mdx:12 länk', /ankaret #sa-gar-det-till finns inte på sidan \/annan\/.*menade du "så-går-det-till"/],
    ['sidor/sida.mdx:12 länk', /"\.\.\/sidor\/saknas\.mdx": filen finns inte/],
    ['sidor/sida.mdx:12 länk', /ankaret #okand-punkt finns inte på sidan \/checklista\//],
    ['sidor/sida.mdx:12 länk', /ankaret #fas-okand finns inte på sidan \/processkarta\//],
    ['sidor/sida.mdx:12 länk', /ftp: är inte tillåtna/],
  ],
  'shell-pages': [
    [
      'avsnitt/start.mdx:1 sida',
      /länkar på varje sida till \/kontakt\/, men den sidan finns inte.*content\/sidor\/kontakt\.mdx/,
    ],
    ['avsnitt/start.mdx:1 sida', /\/tillganglighetsredogorelse\/, men den sidan finns inte/],
  ],
  'empty-links': [
    ['sidor/sida.mdx:8 länk', /länken till "\/sok\/" saknar text/],
    ['sidor/sida.mdx:10 länk', /länken "läs mer" saknar adress/],
  ],
  'image-alt': [
    ['sidor/sida.mdx:8 bild', /saknar alternativtext/],
    ['sidor/sida.mdx:10 bild', /saknar alternativtext/],
  ],
  'heading-levels': [
    ['sidor/sida.mdx:8 rubrik', /nivå 1 \(#\), men sidans titel/],
    ['sidor/sida.mdx:12 rubrik', /hoppar från nivå 2 till nivå 4.*använd ###/],
  ],
  'mermaid-syntax': [['sidor/sida.mdx:13 diagram 1', /rad 5 i diagrammet \("B -->> C\[Slut"\)/]],
  'diagram-a11y': [
    ['sidor/sida.mdx:8 diagram 1', /saknar accTitle/],
    ['sidor/sida.mdx:8 diagram 1', /saknar accDescr/],
  ],
};

it('has a fixture for every rule and a rule for every fixture', () => {
  expect(readdirSync(FIXTURES).sort()).toEqual(RULES.map((r) => r.id).sort());
  expect(Object.keys(EXPECTED).sort()).toEqual(RULES.map((r) => r.id).sort());
});

describe('each fixture fails its rule, with file, line and a useful message', () => {
  for (const [rule, expected] of Object.entries(EXPECTED)) {
    it(rule, async () => {
      const contentDir = path.join(FIXTURES, rule, 'content');
      const { problems } = await runCheck({ contentDir, today: TODAY });
      expect(problems.map((p) => p.rule)).toEqual(expected.map(() => rule));
      const lines = problems.map((p) => ({
        at: `${path.relative(contentDir, p.file).split(path.sep).join('/')}:${p.line} ${p.field}`,
        text: formatProblem(p),
      }));
      expected.forEach(([at, message], i) => {
        expect(lines[i].at).toBe(at);
        expect(lines[i].text).toMatch(message);
        expect(lines[i].text).toContain('  →  ');
      });
    });
  }
});

it('passes the real content with no problems', async () => {
  const { problems, fileCount } = await runCheck();
  expect(problems.map((p) => formatProblem(p))).toEqual([]);
  expect(fileCount).toBeGreaterThan(100);
});

describe('summary', () => {
  const p = (file: string) => ({ rule: 'x', file, line: 1, field: 'f', message: 'm', fix: 'r' });
  it('says when all is well', () => expect(summary([], 150)).toBe('Inga fel i 150 filer.'));
  it('counts problems and files', () => expect(summary([p('a'), p('a'), p('b')], 150)).toBe('3 fel i 2 filer.'));
  it('uses the singular for one file', () => expect(summary([p('a')], 1)).toBe('1 fel i 1 fil.'));
});
