// Valid HTML (#16): the W3C Nu Html Checker (vnu-jar, on Java) finds no error
// on any built page. Runs once over every dist/**/*.html (npm test builds first).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const VNU = 'node_modules/vnu-jar/build/dist/vnu.jar';
/** Built sites to check: the real one, and the fixture site when it has been built. */
const SITES = ['dist', ...(process.env.VNU_EXTRA_DIRS ?? '').split(',').filter(Boolean)].filter((d) => existsSync(d));

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

it('every built page is valid HTML (vnu: 0 errors)', { timeout: 600_000 }, () => {
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
