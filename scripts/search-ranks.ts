// Prints, for a list of queries employees would type, the rank of the right
// page on the search page (/sok/?q=…) of a built site, as a Markdown table.
// A measurement for the search work (#14), never a test: it names pages of
// today's content. Runs the site's own search in Chromium, so it measures
// whatever the search module does (ranking, synonyms, typos, stop words).
//
//   node scripts/search-ranks.ts [--dist DIR] [--base /] [--port 4455]
//   node scripts/search-ranks.ts --dist /tmp/before --compare /tmp/after   (two columns)
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../src/node/chromium.ts';
import { startServer } from './static-server.mjs';

/** query → the right page(s): the first of them found gives the rank. */
const QUERIES: [string, string[]][] = [
  ['gruppinformation', ['/gruppinformation/']],
  ['försörjningsstöd', ['/samverkansmodeller/forsorjningsstod/']],
  ['socialpsykiatri', ['/samverkansmodeller/socialpsykiatri/']],
  ['funktionsnedsättning', ['/samverkansmodeller/funktionsnedsattning/']],
  ['bosättningsunderlag', ['/bosattningsunderlag-och-statistik/']],
  ['bosätningsunderlag', ['/bosattningsunderlag-och-statistik/']],
  ['försörjningstöd', ['/samverkansmodeller/forsorjningsstod/']],
  ['gruppinfromation', ['/gruppinformation/']],
  ['sekretessprövning', ['/bosattningsunderlag-och-statistik/']],
  ['SDF', ['/aktorer/stadsdelsforvaltningarna/']],
  ['stadsdelsförvaltning', ['/aktorer/stadsdelsforvaltningarna/']],
  ['LSS', ['/begrepp/']],
  ['§ 37-medel', ['/begrepp/']],
  ['§37', ['/begrepp/']],
  ['Intro Stockholm', ['/aktorer/intro-stockholm/']],
  ['anvisning', ['/processkarta/anvisning-till-kommun/']],
  ['ekonomiskt bistånd', ['/processkarta/beslut-om-ekonomiskt-bistand/']],
  ['etableringsprogrammet', ['/processkarta/etableringsprogrammet/']],
  ['hur får man hjälp med tolk', ['/begrepp/', '/checklista/']],
  ['vem ansvarar för bosättningsunderlaget', ['/bosattningsunderlag-och-statistik/']],
  ['barnrätt', ['/barnrattsperspektivet/']],
  ['sjukvård', ['/initial-sjukvard/']],
  ['hälsoundersökning', ['/initial-sjukvard/']],
  ['hemförsäkring', ['/checklista/']],
  ['kvotflyktingmottagande', ['/om-metodstodet/']],
];

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    compare: { type: 'string' },
    base: { type: 'string', default: '/' },
    port: { type: 'string', default: '4455' },
  },
});

interface Measured {
  rank: number | undefined;
  total: number;
  url: string | undefined;
}

/** Result links of the search page, in order (the first link of each result). */
async function resultUrls(page: Page, base: string, q: string): Promise<string[]> {
  await page.goto(`${base}sok/?q=${encodeURIComponent(q)}`);
  // Rendered for this query: the results' data-query (or, on older builds, a non-empty count).
  await page.waitForFunction(
    (query) => {
      const out = document.querySelector<HTMLElement>('#sokresultat');
      const count = out?.querySelector('.search-count')?.textContent?.trim();
      return !!count && (out?.dataset.query === undefined || out.dataset.query === query);
    },
    q,
    { timeout: 15_000 },
  );
  return page.$$eval('#sokresultat ol.search-results > li', (items) =>
    items.map((li) => li.querySelector('a')?.getAttribute('href') ?? ''),
  );
}

async function measure(dist: string, port: number): Promise<Measured[]> {
  const base = values.base ?? '/';
  const server = (await startServer({ root: dist, port, base })) as { close: () => void };
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    const origin = `http://127.0.0.1:${port}`;
    const out: Measured[] = [];
    for (const [q, expected] of QUERIES) {
      const urls = await resultUrls(page, `${origin}${base}`, q);
      const paths = urls.map((u) => new URL(u, origin).pathname.slice(base.length - 1));
      const i = paths.findIndex((p) => expected.includes(p));
      out.push({ rank: i < 0 ? undefined : i + 1, total: urls.length, url: i < 0 ? undefined : urls[i] });
    }
    return out;
  } finally {
    await browser.close();
    server.close();
  }
}

const cell = (m: Measured) => (m.rank ? String(m.rank) : `– (${m.total} visade)`);
const first = await measure(values.dist ?? 'dist', Number(values.port));
const second = values.compare ? await measure(values.compare, Number(values.port) + 1) : undefined;
console.log(
  second
    ? '| # | sökning | rätt sida | före | efter | träff efter |\n| ---: | --- | --- | ---: | ---: | --- |'
    : '| # | sökning | rätt sida | rang | träff |\n| ---: | --- | --- | ---: | --- |',
);
QUERIES.forEach(([q, expected], i) => {
  const a = first[i];
  const b = second?.[i];
  const hit = (b ?? a).url?.replace(/^https?:\/\/[^/]+/, '') ?? '';
  console.log(
    `| ${i + 1} | ${q} | ${expected.join(' eller ')} | ${cell(a)} |${b ? ` ${cell(b)} |` : ''} ${hit} |`.replace(
      /\|\s*$/,
      '|',
    ),
  );
});
const top = (ms: Measured[]) => ms.filter((m) => m.rank === 1).length;
console.log(
  `\nPå plats 1: ${top(first)} av ${QUERIES.length}${second ? ` före, ${top(second)} av ${QUERIES.length} efter` : ''}.`,
);
