// Templates for `npm run new`: a valid entry of each content type, every
// required field filled with a placeholder that passes the checker, and a
// Swedish comment on each field. Pure: ids and today come from the caller.
import { ACTOR_KINDS } from '../../src/schemas/aktor.ts';
import { CHECKLIST_AREAS } from '../../src/schemas/checklista.ts';
import { STATUSES } from '../../src/schemas/common.ts';
import { DOCUMENT_TYPES } from '../../src/schemas/dokument.ts';
import { AUDIENCES, LINK_CATEGORIES } from '../../src/schemas/lank.ts';
import { TAG_IDS } from '../../src/schemas/tags.ts';
import type { CollectionName } from '../check/collections.ts';

/** Existing ids the placeholders point at, so that a new entry passes `npm run check` at once. */
export interface ScaffoldIds {
  /** A unit of the city (kind: stadens-enhet). */
  owner: string;
  /** Two different actors. */
  actors: [string, string];
  phase: string;
}

export interface ScaffoldInput {
  title: string;
  /** The file name without extension, which is also the id and the address. */
  slug: string;
  /** YYYY-MM-DD */
  today: string;
  ids: ScaffoldIds;
}

const q = (s: string) => JSON.stringify(s); // a YAML double-quoted string
const keys = (o: object) => Object.keys(o).join(', ');

const governance = ({
  today,
  ids,
}: ScaffoldInput) => `# Ansvarig enhet: id för en aktör med kind: stadens-enhet (filnamnet i content/aktorer/ utan .yaml).
owner: ${ids.owner}
# Datum då innehållet senast granskades (ÅÅÅÅ-MM-DD). Sätt dagens datum varje gång du har granskat sidan.
reviewed: ${today}
# Antal månader till nästa granskning (1–36). Eller ange ett exakt datum med reviewBy: ÅÅÅÅ-MM-DD.
reviewInterval: 12
# Källor: dokument i content/dokument/ som texten bygger på, gärna med avsnitt. Exempel:
#   - dokument: slutrapport-2020
#     section: "3.1 Samverkansmodeller"
sources: []
# Taggar från den fasta listan: ${TAG_IDS.join(', ')}
tags: []`;

const pageBody = `
{/* Texten under rubriken. Sidans titel är rubrik nivå 1, så texten börjar med ## och hoppar aldrig över en nivå. */}

## Första rubriken

Skriv texten här. Länka till andra sidor med deras adress, till exempel [Kontakt](/kontakt/).
`;

const TEMPLATES: Record<CollectionName, (i: ScaffoldInput) => string> = {
  aktorer: ({ title }) => `# Namnet som det skrivs i löptext.
name: ${q(title)}
# Förkortning, om aktören har en (tas annars bort):
# shortName: SDF
# Typ av aktör, en av: ${keys(ACTOR_KINDS)}
kind: stadens-enhet
# Organisationen som enheten hör till (id för en annan aktör), om någon:
# parent: socialforvaltningen
# Vad aktören gör i mottagandet av kvotflyktingar (minst 20 tecken).
role: >-
  Beskriv vad aktören gör i mottagandet av kvotflyktingar och vem man kontaktar där.
# Webbplats (börjar med https://), om den finns:
# website: https://start.stockholm/
`,

  samverkansmodeller: (i) => `---
# Modellens namn.
title: ${q(i.title)}
# En eller två meningar om vad modellen gäller (minst 20 tecken). Visas i listor och sökresultat.
summary: >-
  Skriv en kort sammanfattning av vad samverkansmodellen gäller och vilka som samverkar.
# En av: ${STATUSES.join(', ')}. Nya modeller är utkast tills ansvariga enheter har godkänt dem.
status: utkast
# Datum då modellen beslutades (ÅÅÅÅ-MM-DD), om den är beslutad:
# adopted: 2026-01-01
# Parterna som samverkar: minst två aktörer (id).
parties:
  - ${i.ids.actors[0]}
  - ${i.ids.actors[1]}
# När modellen gäller: vad som gör att ärendet lämnas över (minst 10 tecken).
trigger: >-
  Beskriv vilken situation som gör att modellen ska användas.
# Stegen i ordning. Varje steg har en titel, en ansvarig aktör och en beskrivning;
# handover (vad som lämnas över till nästa part) är frivilligt.
steps:
  - title: Första steget
    responsible: ${i.ids.actors[0]}
    description: >-
      Beskriv vad som händer i steget och vem som gör det.
# Rekommendationer för barnets rättigheter i modellen, en per rad (frivilligt).
childRights: []
# Hur modellen följs upp, om det är känt:
# followUp: Beskriv uppföljningen.
${governance(i)}
---
${pageBody}
{/* Ett diagram ritas med Mermaid. accTitle och accDescr krävs (de läses upp av skärmläsare):

\`\`\`mermaid
sequenceDiagram
    accTitle: Kort titel på diagrammet
    accDescr: En eller två meningar om vad diagrammet visar.
    participant A as Första parten
    participant B as Andra parten
    A->>B: Aktualiserar ärendet
\`\`\`
*/}
`,

  faser: ({ title }) => `# Fasens namn i processkartan.
title: ${q(title)}
# Fasens plats i ordningen (1, 2, 3 …). Ändra till rätt plats och flytta andra faser vid behov.
order: 99
# En mening om vad som händer i fasen (minst 10 tecken).
summary: >-
  Beskriv vad som händer i den här fasen av mottagandet.
# Frågor till gruppen: frågor som samtalsledaren kan ställa i en workshop (visas bara i talarvyn
# och som anteckningar i PowerPoint-filen). Frågor, aldrig nya fakta. Valfritt.
notes: []
`,

  processkarta: ({ title, ids }) => `# Stegets namn.
title: ${q(title)}
# Fasen steget hör till (filnamnet i content/processkarta/faser/ utan .yaml).
phase: ${ids.phase}
# Stegets plats inom fasen (1, 2, 3 …).
order: 99
# Aktörerna som deltar i steget (minst en, id).
actors:
  - ${ids.actors[0]}
# En mening om vad som händer (minst 10 tecken). Visas i processkartan.
summary: >-
  Beskriv i en mening vad som händer i steget.
# Hela beskrivningen av steget (minst 20 tecken).
description: >-
  Beskriv vad som händer i steget, vem som gör vad och vad som är viktigt att tänka på.
# Samverkansmodeller (id i content/samverkansmodeller/) som gäller i steget.
models: []
# Punkter i checklistan (id i content/checklista/) som hör till steget.
checklist: []
# Länkar ur länksamlingen (id i content/lankar/).
links: []
# Frågor till gruppen: frågor som samtalsledaren kan ställa om steget i en workshop (visas bara
# i talarvyn och som anteckningar i PowerPoint-filen). Frågor, aldrig nya fakta. Valfritt.
notes: []
# Källor, se CONTRIBUTING.md.
sources: []
`,

  checklista: ({ title, ids }) => `# Punktens rubrik.
title: ${q(title)}
# Område, ett av: ${keys(CHECKLIST_AREAS)}
area: ${Object.keys(CHECKLIST_AREAS)[0]}
# Ordning inom området (lägre först).
order: 100
# Aktören som ansvarar för punkten (id).
responsible: ${ids.actors[0]}
# Fasen i processkartan där punkten hör hemma (id).
phase: ${ids.phase}
# När i fasen, om underlaget säger det:
# timing: första veckan
# Varför punkten är viktig (minst 10 tecken).
why: >-
  Beskriv varför punkten är viktig och vad som händer om den glöms bort.
# Länkar ur länksamlingen (id i content/lankar/).
links: []
# Källor, se CONTRIBUTING.md.
sources: []
`,

  lankar: ({ title, today }) => `# Länkens rubrik.
title: ${q(title)}
# Hela webbadressen, med https:// först.
url: https://www.example.se/
# Utgivaren: antingen en aktör (publisher: id) eller ett namn (publisherName), inte båda.
publisherName: Skriv utgivarens namn
# publisher: migrationsverket
# Kategori, en av: ${keys(LINK_CATEGORIES)}
category: kunskap
# För vem, en eller flera av: ${keys(AUDIENCES)}
audience: [medarbetare]
# Språk som resursen finns på (språkkoder som sv, en, ar).
languages: [sv]
# Vad man hittar där (minst 10 tecken).
description: >-
  Beskriv vad läsaren hittar på den länkade sidan.
# Datum då någon senast kontrollerade att länken fungerar.
lastChecked: ${today}
`,

  begrepp: ({ title }) => `# Begreppet som det skrivs i löptext.
term: ${q(title)}
# Förkortning, om den finns:
# abbreviation: SFI
# Böjningsformer och sammansättningar som också ska räknas som begreppet (för sökningen).
forms: []
# Förklaringen (minst 10 tecken).
definition: >-
  Skriv en kort och begriplig förklaring av begreppet.
# Närliggande begrepp (id i content/begrepp/).
seeAlso: []
# Källor, se CONTRIBUTING.md.
sources: []
`,

  dokument: ({ title, today }) => `# Typ av dokument, en av: ${keys(DOCUMENT_TYPES)}
type: forslag
# Dokumentets titel.
title: ${q(title)}
# Datum så exakt som dokumentet anger: ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD (inom citattecken).
date: "${today.slice(0, 4)}"
# Vem som har gett ut dokumentet.
issuer: Socialförvaltningen, Stockholms stad
# Mottagare och diarienummer, om de finns:
# recipient: Socialnämnden
# dnr: 1.2.3-456/2020
# Vad dokumentet handlar om (minst 20 tecken).
summary: >-
  Sammanfatta dokumentets innehåll och varför metodstödet bygger på det.
`,

  sidor: (i) => page(i, `# Sidans titel (blir rubrik nivå 1). Sidans adress blir /${i.slug}/ (filnamnet).`),

  avsnitt: (i) =>
    page(i, '# Avsnittets titel. Texten visas överst på avsnittets sida; filnamnet är avsnittets adress.'),
};

function page(i: ScaffoldInput, titleComment: string) {
  return `---
${titleComment}
title: ${q(i.title)}
# En eller två meningar om sidan (minst 10 tecken). Visas i listor och sökresultat.
summary: >-
  Skriv en kort sammanfattning av vad sidan handlar om.
# En av: ${STATUSES.join(', ')}. Nya sidor är utkast tills den ansvariga enheten har godkänt dem.
status: utkast
# Ordning i listor av sidor (lägre först).
order: 100
${governance(i)}
---
${pageBody}`;
}

export const TYPES = Object.keys(TEMPLATES) as CollectionName[];

export const scaffold = (type: CollectionName, input: ScaffoldInput) => TEMPLATES[type](input);
