// Benchmark: this site over the shared synthetic corpus, measured with the
// shared, generator-agnostic scripts in ../shared/bench (never copied here).
//
//   npm run -s bench -- --pages 1000        generate the corpus (gen-corpus.mjs), then measure
//   npm run -s bench -- --corpus DIR        any folder of .md pages with title/description
//
// Options: --format md|mdx (what the pages become in content/sidor, default md:
// plain Markdown, as the corpus is), --runs R (clean builds, default 3),
// --browser-runs B (default 5), --no-rebuild, --skip-browser. Env: BENCH_WORK (default /tmp/bench-work),
// BENCH_SHARED (default ../shared/bench), SEED, QUERY, CHROMIUM_PATH, TIME_BIN,
// BENCH_UI_RESULT (first hit in the header search's dropdown, default
// #sok-forslag-0; "none" skips timing the search UI).
// Prints one JSON line on stdout (progress on stderr) and appends it to
// $BENCH_WORK/results/results.jsonl; details stay in $BENCH_WORK/results/kb-n<N>-<stamp>/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { adaptCorpus } from './bench/adapt.ts';
import { findTimeBin, timedBuild, type BuildResult } from './bench/build.ts';
import { buildManifest, pageSizes } from './bench/manifest.ts';
import { clearCaches, commitContent, syncProject } from './bench/site.ts';
import { warmUiQuery } from './bench/ui-warm.ts';
import { findChromium } from '../src/node/chromium.ts';

const GEN = 'kb';
const OWNER = 'avdelningen-for-mottagande-av-nyanlanda';
const root = path.resolve(import.meta.dirname, '..');
const log = (msg: string) => process.stderr.write(`[bench] ${msg}\n`);

const { values: opt } = parseArgs({
  options: {
    pages: { type: 'string' },
    corpus: { type: 'string' },
    runs: { type: 'string', default: process.env.RUNS ?? '3' },
    'browser-runs': { type: 'string', default: process.env.BROWSER_RUNS ?? '5' },
    format: { type: 'string', default: 'md' },
    'no-rebuild': { type: 'boolean', default: false },
    'skip-browser': { type: 'boolean', default: process.env.SKIP_BROWSER === '1' },
  },
});
if (!opt.pages === !opt.corpus || !['md', 'mdx'].includes(opt.format!)) {
  console.error(
    'usage: npm run -s bench -- --pages N | --corpus DIR [--format md|mdx] [--runs R] [--browser-runs B] [--no-rebuild] [--skip-browser]',
  );
  process.exit(2);
}
const FORMAT = opt.format as 'md' | 'mdx';

const shared = path.resolve(root, process.env.BENCH_SHARED ?? '../shared/bench');
const work = path.resolve(process.env.BENCH_WORK ?? '/tmp/bench-work');
const seed = process.env.SEED ?? 'kb-1';
const query = process.env.QUERY ?? 'kvotflyktingar';
const site = path.join(work, GEN);
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
const timeBin = findTimeBin();
const chromium = findChromium();
if (chromium) process.env.CHROMIUM_PATH = chromium;
for (const f of ['gen-corpus.mjs', 'measure-dist.mjs', 'measure-browser.mjs', 'summarize.mjs']) {
  if (!existsSync(path.join(shared, f))) throw new Error(`${f} not found in ${shared} (set BENCH_SHARED)`);
}

// Runs one of the shared scripts with this project's Node; playwright-core
// comes from our node_modules when the shared folder has none installed.
const shared$ = (script: string, args: string[]) =>
  execFileSync(
    process.execPath,
    ['--import', path.join(root, 'scripts/bench/resolve-playwright.ts'), path.join(shared, script), ...args],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
      maxBuffer: 1 << 28,
    },
  );

// 1. corpus --------------------------------------------------------------------
let corpus: string;
if (opt.pages) {
  corpus = path.join(work, 'corpus', `n${opt.pages}-${seed}`);
  log(`generating corpus: ${opt.pages} pages, seed ${seed}`);
  process.stderr.write(shared$('gen-corpus.mjs', ['--pages', opt.pages, '--seed', seed, '--out', corpus]));
} else corpus = path.resolve(opt.corpus!);

// 2. scratch copy of the project with the corpus as sidor ------------------------
log(`syncing the project to ${site}`);
syncProject(root, site, log);
const reviewed = new Date().toISOString().slice(0, 10);
const slugs = adaptCorpus(corpus, path.join(site, 'content', 'sidor'), FORMAT, { owner: OWNER, reviewed });
commitContent(site);
const runDir = path.join(work, 'results', `${GEN}-n${slugs.length}-${stamp}`);
mkdirSync(runDir, { recursive: true });
let manifestPath = path.join(corpus, 'manifest.json');
if (!existsSync(manifestPath)) {
  manifestPath = path.join(runDir, 'manifest.json');
  writeFileSync(manifestPath, JSON.stringify(buildManifest(pageSizes(corpus, slugs))));
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
  samplePage: string;
  pages: { slug: string; hasMermaid?: boolean }[];
};
log(`${slugs.length} corpus pages adapted into content/sidor (.${FORMAT})`);

// 3. clean builds ------------------------------------------------------------------
const runs = Number(opt.runs);
const builds: BuildResult[] = [];
for (let i = 1; i <= runs; i++) {
  clearCaches(site, { keepMermaid: false });
  const b = timedBuild(site, path.join(runDir, `build${i}`), timeBin);
  builds.push(b);
  log(`clean build ${i}/${runs}: ${b.wallS} s wall, ${b.cpuS} s cpu, peak RSS ${b.peakRssMb} MB (load ${b.loadavg1m})`);
}

// 4. measurements on the last clean build ----------------------------------------------
const extra: Record<string, unknown> = {};
log('measuring dist');
const dist = path.join(site, 'dist');
writeFileSync(
  path.join(runDir, 'dist.json'),
  shared$('measure-dist.mjs', ['--dist', dist, '--manifest', manifestPath]),
);
if (!opt['skip-browser']) {
  log(`measuring in Chromium (${opt['browser-runs']} runs)`);
  const uiResult = process.env.BENCH_UI_RESULT ?? '#sok-forslag-0';
  const ui = uiResult === 'none' ? [] : ['--ui-input', '#sok-falt', '--ui-result', uiResult];
  writeFileSync(
    path.join(runDir, 'browser.json'),
    shared$('measure-browser.mjs', [
      '--dist',
      dist,
      '--manifest',
      manifestPath,
      '--query',
      query,
      '--runs',
      opt['browser-runs']!,
      ...ui,
    ]),
  );
  if (uiResult !== 'none') {
    // The target is a warm page (index prefetched on focus); measure-browser types at once.
    Object.assign(
      extra,
      await warmUiQuery({
        dist,
        page: `/${manifest.samplePage}/`,
        query,
        runs: Number(opt['browser-runs']),
        input: '#sok-falt',
        result: uiResult,
      }),
    );
    log(`search UI on a warm page: ${extra.ui_query_warm_ms} ms`);
  }
}

// 5. rebuild with one page changed, Mermaid SVGs cached ----------------------------------
if (!opt['no-rebuild']) {
  const page = (manifest.pages.find((p) => p.hasMermaid) ?? { slug: manifest.samplePage }).slug;
  const file = path.join(site, 'content', 'sidor', `${page}.${FORMAT}`);
  const original = readFileSync(file, 'utf8');
  const change = (n: number) =>
    writeFileSync(file, `${original}\nEtt nytt stycke (ändring ${n}) för att mäta en ombyggnad.\n`);
  // As in CI with only the Mermaid cache kept: Astro's and Vite's caches are gone.
  change(1);
  clearCaches(site, { keepMermaid: true });
  const cold = timedBuild(site, path.join(runDir, 'rebuild-mermaid-cached'), timeBin);
  // As on an editor's machine: everything from the previous build is kept.
  change(2);
  const warm = timedBuild(site, path.join(runDir, 'rebuild-warm'), timeBin);
  writeFileSync(file, original);
  log(`rebuild, one page changed (${page}): ${cold.wallS} s with Mermaid cached, ${warm.wallS} s with all caches`);
  Object.assign(extra, {
    rebuild_one_changed_s: cold.wallS,
    rebuild_one_changed_cpu_s: cold.cpuS,
    rebuild_one_changed_warm_s: warm.wallS,
    rebuild_one_changed_warm_cpu_s: warm.cpuS,
    rebuild_changed_page: page,
  });
}

// 6. one JSON line ------------------------------------------------------------------------
const version = (p: string) => {
  try {
    return JSON.parse(readFileSync(path.join(site, 'node_modules', p, 'package.json'), 'utf8')).version as string;
  } catch {
    return null;
  }
};
writeFileSync(
  path.join(runDir, 'meta.json'),
  JSON.stringify({
    generator: GEN,
    format: FORMAT,
    pages: slugs.length,
    seed: opt.pages ? seed : path.basename(corpus),
    runs,
    stamp,
    build_wall_s_runs: builds.map((b) => b.wallS),
    build_cpu_s_runs: builds.map((b) => b.cpuS),
    peak_rss_mb_runs: builds.map((b) => b.peakRssMb),
    loadavg_1m_runs: builds.map((b) => b.loadavg1m),
    nproc: cpus().length,
    versions: {
      node: process.version,
      astro: version('astro'),
      '@astrojs/mdx': version('@astrojs/mdx'),
      '@astrojs/markdown-satteri': version('@astrojs/markdown-satteri'),
      pagefind: version('pagefind'),
      mermaid: version('mermaid'),
    },
  }),
);
const summary = { ...JSON.parse(shared$('summarize.mjs', [runDir])), format: FORMAT, ...extra };
const line = JSON.stringify(summary);
writeFileSync(path.join(runDir, 'summary.json'), `${line}\n`);
appendFileSync(path.join(work, 'results', 'results.jsonl'), `${line}\n`);
log(`details: ${runDir}`);
process.stdout.write(`${line}\n`);
