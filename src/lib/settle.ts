// Waiting for files another process writes. Pagefind's writeFiles() can resolve
// before its service has flushed every file; closing the service then leaves a
// truncated pagefind-entry.json (seen on a cold clean-clone build).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Total bytes and file count under a folder. */
export function dirSignature(dir: string): string {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    bytes += statSync(path.join(e.parentPath, e.name)).size;
    files += 1;
  }
  return `${files}:${bytes}`;
}

const isJson = (file: string) => {
  try {
    JSON.parse(readFileSync(file, 'utf8'));
    return true;
  } catch {
    return false;
  }
};

/**
 * Resolves when `jsonFile` parses and the folder's size stops changing between
 * two looks `intervalMs` apart; rejects after `timeoutMs`.
 */
export async function waitForSettledOutput(dir: string, jsonFile: string, { intervalMs = 150, timeoutMs = 20_000 } = {}) {
  const start = Date.now();
  let last = '';
  for (;;) {
    const now = dirSignature(dir);
    if (now === last && isJson(jsonFile)) return;
    if (Date.now() - start > timeoutMs) throw new Error(`${jsonFile} blev aldrig komplett (${now}).`);
    last = now;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
