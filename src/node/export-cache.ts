// A build artefact cached by the hash of what it is made from: made once,
// then copied from .cache/ on every build until its inputs change.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A short hash of the inputs (order matters). */
export function exportKey(parts: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * Puts the artefact for `key` at `target`, making it with `make` only when the
 * cache has none. Returns whether it was made (false: taken from the cache).
 */
export async function cachedArtefact(
  cacheDir: string,
  key: string,
  target: string,
  make: () => Promise<Uint8Array>,
): Promise<boolean> {
  const cached = path.join(cacheDir, `${key}${path.extname(target)}`);
  let made = false;
  if (!existsSync(cached)) {
    mkdirSync(cacheDir, { recursive: true });
    const bytes = await make();
    // Written under a temporary name first: a build stopped half-way leaves no broken cache entry.
    writeFileSync(`${cached}.tmp`, bytes);
    renameSync(`${cached}.tmp`, cached);
    made = true;
  }
  mkdirSync(path.dirname(target), { recursive: true });
  copyFileSync(cached, target);
  return made;
}
