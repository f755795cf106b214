// npm test: check the content, build the site, then run every unit, end-to-end and
// accessibility test, and end with one line "N passed, N failed" summing all runners.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import './guard-node.mjs';
import { astroBuild } from './build.mjs';

const out = '.cache/test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

let passed = 0;
let failed = 0;

// First the content check (npm run check): every content error at once, in plain
// Swedish with file and line, counted as one test. The rest still runs.
const check = run(process.execPath, ['scripts/check.ts']);
if (check === 0) passed += 1;
else {
  failed += 1;
  console.error('\nInnehållskontrollen hittade fel (se ovan). Bygget och testerna körs ändå.\n');
}

// The build is itself a test: content errors, dangling references and invalid diagrams fail it.
if (process.env.SKIP_BUILD !== '1') {
  const build = astroBuild();
  if (build !== 0) {
    console.error('\nBygget misslyckades: inga tester kördes.');
    console.log(`${passed} passed, ${failed + 1} failed`);
    process.exit(1);
  }
}

const unit = run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile=${out}/vitest.json`]);
if (existsSync(`${out}/vitest.json`)) {
  const r = JSON.parse(readFileSync(`${out}/vitest.json`, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numTotalTestSuites && r.success === false && r.numFailedTests === 0 ? 1 : 0);
} else if (unit !== 0) failed += 1;

const e2e = run('playwright', ['test', '--reporter=list,json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: `${out}/playwright.json`,
});
if (existsSync(`${out}/playwright.json`)) {
  const s = JSON.parse(readFileSync(`${out}/playwright.json`, 'utf8')).stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected;
} else if (e2e !== 0) failed += 1;

const ok = check === 0 && unit === 0 && e2e === 0 && failed === 0;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
