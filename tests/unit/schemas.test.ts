// Each content schema: a valid example passes, typical editor mistakes fail.
import { describe, expect, it } from 'vitest';
import { aktorSchema } from '../../src/schemas/aktor.ts';
import { begreppSchema } from '../../src/schemas/begrepp.ts';
import { checklistpunktSchema } from '../../src/schemas/checklista.ts';
import { dokumentSchema } from '../../src/schemas/dokument.ts';
import { lankSchema } from '../../src/schemas/lank.ts';
import { fasSchema, processtegSchema } from '../../src/schemas/process.ts';
import { samverkansmodellSchema } from '../../src/schemas/samverkansmodell.ts';
import { sidaSchema } from '../../src/schemas/sida.ts';
import { stubRef as ref } from './helpers.ts';

type Schema = { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } };
const ok = (s: Schema, v: unknown) => expect(s.safeParse(v).error?.issues ?? []).toEqual([]);
const fails = (s: Schema, v: unknown, path: string) => {
  const r = s.safeParse(v);
  expect(r.success).toBe(false);
  expect(r.error!.issues.map((i) => i.path.join('.'))).toContain(path);
};

const gov = { owner: 'intro-stockholm', reviewed: '2026-11-01' };
const sida = { title: 'Gruppinformation', summary: 'Tolv timmar samhällsinformation.', ...gov };

describe('sida', () => {
  const s = sidaSchema(ref);
  it('accepts a page and fills defaults', () => {
    const r = s.parse(sida);
    expect(r.status).toBe('gällande');
    expect(r.reviewInterval).toBe(12);
    expect(r.owner).toEqual({ collection: 'aktorer', id: 'intro-stockholm' });
  });
  it('rejects an unknown key', () => fails(s, { ...sida, titel: 'x' }, ''));
  it('rejects a missing owner', () => fails(s, { ...sida, owner: undefined }, 'owner'));
  it('rejects a bad date', () => fails(s, { ...sida, reviewed: '1 maj' }, 'reviewed'));
  it('rejects an unknown tag', () => fails(s, { ...sida, tags: ['okand'] }, 'tags.0'));
  it('rejects an unknown status', () => fails(s, { ...sida, status: 'klar' }, 'status'));
  it('accepts sources with sections', () =>
    ok(s, { ...sida, sources: [{ dokument: 'slutrapport-2020', section: '3.1' }] }));
});

describe('aktor', () => {
  const s = aktorSchema(ref);
  const a = {
    name: 'Intro Stockholm',
    kind: 'stadens-enhet',
    role: 'Möjliggör bosättning för nyanlända som anvisats.',
  };
  it('accepts an actor', () => ok(s, { ...a, website: 'https://start.stockholm' }));
  it('rejects a javascript: website', () => fails(s, { ...a, website: 'javascript:alert(1)' }, 'website'));
  it('rejects an unknown kind', () => fails(s, { ...a, kind: 'företag' }, 'kind'));
});

describe('samverkansmodell', () => {
  const s = samverkansmodellSchema(ref);
  const m = {
    title: 'Försörjningsstöd',
    summary: 'Hur Intro Stockholm och SDF samverkar.',
    status: 'utkast',
    parties: ['intro-stockholm', 'sdf-forsorjningsstod'],
    trigger: 'När behov av utredning finns.',
    steps: [{ title: 'Aktualisering', responsible: 'intro-stockholm', description: 'Intro Stockholm kontaktar SDF.' }],
    ...gov,
  };
  it('accepts a model', () => ok(s, m));
  it('needs two parties', () => fails(s, { ...m, parties: ['intro-stockholm'] }, 'parties'));
  it('needs at least one step', () => fails(s, { ...m, steps: [] }, 'steps'));
  it('needs a responsible actor per step', () =>
    fails(s, { ...m, steps: [{ title: 'X-steg', description: 'Beskrivning här.' }] }, 'steps.0.responsible'));
});

describe('process', () => {
  it('accepts a phase', () => ok(fasSchema(), { title: 'Ankomst', order: 4, summary: 'Personen anländer.' }));
  const s = processtegSchema(ref);
  const step = {
    title: 'Anvisning',
    phase: 'anvisning',
    order: 1,
    actors: ['migrationsverket'],
    summary: 'Migrationsverket anvisar.',
    description: 'Migrationsverket anvisar en kommun att ta emot kvotflyktingen.',
  };
  it('accepts a step', () => ok(s, step));
  it('needs an actor', () => fails(s, { ...step, actors: [] }, 'actors'));
  it('needs a whole-number order', () => fails(s, { ...step, order: 1.5 }, 'order'));
});

describe('checklista', () => {
  const s = checklistpunktSchema(ref);
  const c = {
    title: 'Hemförsäkring',
    area: 'boende',
    responsible: 'intro-stockholm',
    phase: 'ankomst',
    why: 'Vanligt praktiskt problem.',
  };
  it('accepts an item', () => ok(s, c));
  it('rejects an unknown area', () => fails(s, { ...c, area: 'fritid' }, 'area'));
});

describe('lank', () => {
  const s = lankSchema(ref);
  const l = {
    title: 'Migrationsverket',
    url: 'https://www.migrationsverket.se',
    publisher: 'migrationsverket',
    category: 'myndigheter',
    audience: ['medarbetare'],
    languages: ['sv'],
    description: 'Myndighetens webbplats.',
  };
  it('accepts a link', () => ok(s, l));
  it('rejects javascript: URLs', () => fails(s, { ...l, url: 'javascript:alert(1)' }, 'url'));
  it('rejects both publisher and publisherName', () => fails(s, { ...l, publisherName: 'X-förlag' }, 'publisher'));
  it('rejects an unknown audience', () => fails(s, { ...l, audience: ['alla'] }, 'audience.0'));
  it('rejects a language name instead of a code', () => fails(s, { ...l, languages: ['svenska'] }, 'languages.0'));
});

describe('begrepp', () => {
  const s = begreppSchema(ref);
  it('accepts a term', () =>
    ok(s, {
      term: 'Kvotflykting',
      definition: 'En person som UNHCR valt ut.',
      forms: ['kvotflyktingar'],
      seeAlso: ['unhcr'],
    }));
  it('needs a definition', () => fails(s, { term: 'LSS' }, 'definition'));
});

describe('dokument', () => {
  const s = dokumentSchema();
  const d = {
    type: 'slutrapport',
    title: 'Slutrapport',
    date: '2020-04',
    issuer: 'Socialförvaltningen',
    summary: 'Projektets slutrapport med resultat.',
  };
  it('accepts a partial date', () => ok(s, d));
  it('rejects a free-text date', () => fails(s, { ...d, date: 'april 2020' }, 'date'));
  it('rejects an unknown type', () => fails(s, { ...d, type: 'rapport' }, 'type'));
});
