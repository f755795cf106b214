import { describe, expect, it } from 'vitest';
import { createSynonymFinder, synonymGroups, withoutSigns } from '../../../src/lib/search/synonyms.ts';
import { definesField, ranking, topicField } from '../../../src/lib/search/ranking.ts';

const groups = synonymGroups([
  { term: 'stadsdelsförvaltning', abbreviation: 'SDF', forms: ['stadsdelsförvaltningen'] },
  { term: '§ 37-medel', forms: ['37-medel', '§37-medel', 'paragraf 37-medel'] },
  { term: 'lagen om stöd och service', abbreviation: 'LSS', forms: [], synonyms: [] },
  { term: 'socialtjänstlagen', abbreviation: 'SoL', forms: [] },
  { term: 'försörjningsstöd', forms: [], synonyms: ['socialbidrag'] },
]);
const find = createSynonymFinder(groups);

describe('synonyms from the glossary', () => {
  it('removes signs such as §', () => {
    expect(withoutSigns('§ 37-medel')).toBe('37-medel');
    expect(withoutSigns('§37')).toBe('37');
  });
  it('adds the term to a page with its abbreviation, and the other way round', () => {
    expect(find('Kontakta SDF.')).toEqual(['stadsdelsförvaltning', 'stadsdelsförvaltningen']);
    expect(find('Stadsdelsförvaltningen utreder.')).toEqual(['stadsdelsförvaltning', 'SDF']);
    expect(find('enligt lagen om stöd och  service')).toEqual(['LSS']);
  });
  it('matches inflected terms too', () => {
    expect(find('stadsdelsförvaltningarnas ansvar')).toEqual(['stadsdelsförvaltning', 'SDF', 'stadsdelsförvaltningen']);
  });
  it('matches a synonym both ways and variants with or without signs', () => {
    expect(find('socialbidrag')).toEqual(['försörjningsstöd']);
    expect(find('försörjningsstöd')).toEqual(['socialbidrag']);
    expect(find('med § 37-medel från')).toEqual(['paragraf 37-medel']);
    expect(find('paragraf 37-medel')).toEqual(['37-medel']);
  });
  it('matches abbreviations exactly and only as whole words', () => {
    expect(find('solen sken, sol')).toEqual([]);
    expect(find('enligt SoL')).toEqual(['socialtjänstlagen']);
    expect(find('SDFX och xSDF')).toEqual([]);
  });
});

describe('ranking per content type', () => {
  it('names a topic field per type and weighs it by the type, instead of the title boost', () => {
    const r = ranking({ Samverkansmodell: { title: 12 }, Begrepp: { title: 6, defines: 9 } });
    expect(topicField('Aktör')).toBe('amne_aktor');
    expect(r.metaWeights).toEqual({
      title: 0,
      amne_ovrigt: 5,
      amne_samverkansmodell: 12,
      amne_begrepp: 6,
      [definesField('Begrepp')]: 9,
    });
  });
});

describe('the weights per content type', () => {
  it('weigh every content type the pages give (the "Innehållstyp" filter of <Base>)', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { TYPE_WEIGHTS } = await import('../../../src/lib/search/type-weights.ts');
    const pages = readdirSync('src/pages', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.astro'));
    const types = new Set(
      pages.flatMap((f) =>
        [...readFileSync(`src/pages/${f}`, 'utf8').matchAll(/^\s+type="([^"]+)"/gm)].map((m) => m[1]),
      ),
    );
    expect(types.size).toBeGreaterThan(5);
    for (const t of types) expect(TYPE_WEIGHTS[t], t).toBeDefined();
    // the page that is the topic outranks a card and a step
    expect(TYPE_WEIGHTS.Samverkansmodell.title).toBeGreaterThan(TYPE_WEIGHTS.Aktör.title);
    expect(TYPE_WEIGHTS.Sida.title).toBeGreaterThan(TYPE_WEIGHTS.Processteg.title);
  }, 30_000);
});
