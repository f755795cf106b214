// Fields and anchor rules that several content types share.
import { OPEN_RESPONSIBILITY, STATUSES } from '../schemas/common.ts';
import { TAG_IDS } from '../schemas/tags.ts';
import type { FieldHelp, PageAnchors, ScaffoldInput } from './define.ts';

/** A YAML double-quoted string. */
export const quoted = (s: string) => JSON.stringify(s);
/** The allowed ids of a { id: label } map, for help texts. */
export const keysOf = (o: object) => Object.keys(o).join(', ');

export const SOURCES: FieldHelp = {
  help: 'Källor: dokument i content/dokument/ som texten bygger på, gärna med avsnitt. Se CONTRIBUTING.md. Exempel:\n  - dokument: slutrapport-2020\n    section: "3.1 Samverkansmodeller"',
  example: '[]',
};

export const GENERAL: FieldHelp = {
  help: 'true när texten (delvis) är allmän kunskap och inte hämtad ur projektets dokument; sidan säger det då under Källor.',
  example: 'false',
};

/** Where the sources name no responsible party: the entry says so instead. */
export const RESPONSIBILITY: FieldHelp = {
  help: `När underlaget inte anger vem som ansvarar: en av ${keysOf(OPEN_RESPONSIBILITY)} (i stället för responsible).`,
  example: 'framgar-inte',
  commented: true,
};

export const GOVERNANCE = {
  owner: {
    help: 'Ansvarig enhet: id för en aktör med kind: stadens-enhet (filnamnet i content/aktorer/ utan .yaml).',
    example: ({ ids }) => ids.owner,
  },
  reviewed: {
    help: 'Datum då innehållet senast granskades (ÅÅÅÅ-MM-DD). Sätt dagens datum varje gång du har granskat sidan.',
    example: ({ today }) => today,
  },
  reviewInterval: {
    help: 'Antal månader till nästa granskning (1–36). Eller ange ett exakt datum med reviewBy.',
    example: '12',
  },
  reviewBy: {
    help: 'Ett exakt datum för nästa granskning (ÅÅÅÅ-MM-DD), i stället för reviewInterval.',
    example: '2027-01-01',
    commented: true,
  },
  sources: SOURCES,
  general: GENERAL,
  tags: { help: `Taggar från den fasta listan: ${TAG_IDS.join(', ')}`, example: '[]' },
} as const satisfies Record<string, FieldHelp>;

export const statusField = (who: string): FieldHelp => ({
  help: `En av: ${STATUSES.join(', ')}. ${who} är utkast tills den ansvariga enheten har godkänt dem.`,
  example: 'utkast',
});

/**
 * Sources.astro (through Base.astro) shows a "Källor" block (#kallor) only when
 * the page has sources, or is marked as general knowledge on pages that pass `general`.
 */
export const sourcesAnchor = (path: string, sources: readonly unknown[], general = false): PageAnchors[] =>
  sources.length || general ? [{ path, ids: ['kallor'] }] : [];

/** How to write the text of a page (MDX comments would be code, which content may not hold). */
export const PAGE_TEXT_HELP =
  'Texten står under raden ---. Sidans titel är rubrik nivå 1, så texten börjar med ## och hoppar aldrig över en nivå.';

/** The body of a new page: one heading to start from. */
export const pageBody = () => `
## Första rubriken

Skriv texten här. Länka till andra sidor med deras adress, till exempel [Kontakt](/kontakt/).
`;

/** The fields of a page (sidor, avsnitt). */
export const pageFields = (titleHelp: string, who: string) => ({
  title: { help: titleHelp, example: ({ title }: ScaffoldInput) => quoted(title) },
  summary: {
    help: 'En eller två meningar om sidan (minst 10 tecken). Visas i listor och sökresultat.',
    example: '>-\n  Skriv en kort sammanfattning av vad sidan handlar om.',
  },
  status: statusField(who),
  order: { help: 'Ordning i listor av sidor (lägre först).', example: '100' },
  ...GOVERNANCE,
});
