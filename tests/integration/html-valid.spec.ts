// Valid HTML (#16): the W3C Nu Html Checker (vnu-jar, on Java) finds no error
// on any built page of either site. Runs once over every built *.html (npm test builds first).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { CONTENT, FIXTURE } from '../support/sites.ts';

const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';
/** Built sites to check: the real one and the fixture site (npm test builds both), plus any in VNU_EXTRA_DIRS. */
const SITES = [CONTENT.dist, FIXTURE.dist, ...(process.env.VNU_EXTRA_DIRS ?? '').split(',').filter(Boolean)]
  .filter((d) => existsSync(d))
  .map((d) => path.relative(process.cwd(), d) || '.');

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const hasJava = () => {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

test('every built page is valid HTML (vnu: 0 errors)', () => {
  test.setTimeout(600_000);
  expect(hasJava(), 'Java saknas: kör npm test (setup installerar default-jre-headless) eller installera Java').toBe(
    true,
  );
  expect(SITES.length, 'dist/ saknas: kör npm run build').toBeGreaterThan(0);
  const r = spawnSync('java', ['-jar', VNU, '--errors-only', '--skip-non-html', '--format', 'json', ...SITES], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const { messages } = JSON.parse(r.stderr || r.stdout || '{"messages":[]}') as { messages: VnuMessage[] };
  const errors = messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => {
      const file = m.url?.startsWith('file:') ? path.relative(process.cwd(), fileURLToPath(m.url)) : (m.url ?? '?');
      return `${file}:${m.lastLine ?? '?'}  ${m.message}${m.extract ? `  «${m.extract.trim().slice(0, 80)}»` : ''}`;
    });
  expect(errors).toEqual([]);
});
