import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { dirSignature, waitForSettledOutput } from '../../src/lib/settle.ts';

it('waits until the JSON file is complete', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'settle-'));
  const file = path.join(dir, 'entry.json');
  writeFileSync(file, '');
  setTimeout(() => writeFileSync(file, '{"ok":true}'), 200);
  await waitForSettledOutput(dir, file, { intervalMs: 50 });
  expect(dirSignature(dir)).toBe('1:11');
});

it('gives up on a file that never becomes valid', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'settle-'));
  writeFileSync(path.join(dir, 'entry.json'), '{');
  await expect(waitForSettledOutput(dir, path.join(dir, 'entry.json'), { intervalMs: 20, timeoutMs: 100 })).rejects.toThrow(/aldrig komplett/);
});
