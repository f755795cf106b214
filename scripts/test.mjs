// npm test: check the content, type-check, build the real site and the fixture site, run every
// unit, integration and browser test, and end with one line "N passed, N failed" summing all.
// Each step counts as one test. A content error fails the check (one clear failure) and the
// real site's build; the fixture site and its feature tests do not depend on content/.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import './guard-node.mjs';
import { astroBuild } from './build.mjs';

// No telemetry from any astro process started below (build, check, the builds the tests run).
process.env.ASTRO_TELEMETRY_DISABLED = '1';
const FIXTURE = { CONTENT_DIR: 'tests/fixtures/site/content', OUT_DIR: '.cache/fixture-dist' };
// The HTML validation (tests/integration/html-valid.test.ts) covers the fixture site too.
process.env.VNU_EXTRA_DIRS ??= FIXTURE.OUT_DIR;

const out = '.cache/test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const node = (...args) => run(process.execPath, args);

let passed = 0;
let failed = 0;
/** A step that counts as one test; returns whether it passed. */
const step = (name, status) => {
  if (status === 0) passed += 1;
  else {
    failed += 1;
    console.error(`\n✘ ${name} misslyckades (se ovan). Resten körs ändå.\n`);
  }
  return status === 0;
};

// The content check (npm run check): every content error at once, in plain Swedish with file and line.
const check = step('Innehållskontrollen', node('scripts/check.ts'));
const fixtureCheck = step('Kontrollen av testwebbplatsen', node('scripts/check.ts', '--content', FIXTURE.CONTENT_DIR));
step('Typkontrollen (astro check)', node('node_modules/astro/bin/astro.mjs', 'check'));
step('Typkontrollen av service workern', run('tsc', ['-p', 'src/browser/sw']));
step('Lint (ESLint med typade regler)', run('eslint', ['.']));
step('Formatering (Prettier)', run('prettier', ['--check', '.']));

// The builds are tests too. Content that fails the check is not built or browser-tested:
// one editor typo is one failure, the check's.
const skip = process.env.SKIP_BUILD === '1';
const build = (name, ok, env) => {
  if (!ok) console.error(`\n${name} hoppas över: innehållet klarade inte kontrollen.\n`);
  return ok && (skip || step(name, astroBuild(env)));
};
const content = build('Bygget av webbplatsen', check);
const fixture = build('Bygget av testwebbplatsen', fixtureCheck, FIXTURE);

const unit = run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile=${out}/vitest.json`]);
if (existsSync(`${out}/vitest.json`)) {
  const r = JSON.parse(readFileSync(`${out}/vitest.json`, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numTotalTestSuites && r.success === false && r.numFailedTests === 0 ? 1 : 0);
} else if (unit !== 0) failed += 1;

// A site that did not build is not tested again (its failure is already counted, once).
const projects = [...(fixture ? ['fixture'] : []), ...(content ? ['content'] : []), 'integration'];
const e2e = run('playwright', ['test', '--reporter=list,json', ...projects.map((p) => `--project=${p}`)], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/playwright.json`,
});
if (existsSync(`${out}/playwright.json`)) {
  const s = JSON.parse(readFileSync(`${out}/playwright.json`, 'utf8')).stats;
  passed += s.expected + s.flaky;
  // A run that failed without a failing test (a server that did not start) still counts as a failure.
  failed += s.unexpected + (e2e !== 0 && s.unexpected === 0 ? 1 : 0);
} else if (e2e !== 0) failed += 1;

const ok = check && unit === 0 && e2e === 0 && failed === 0;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
