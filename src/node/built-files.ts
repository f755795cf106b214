// The files of a build output folder, for the steps that run after `astro build`.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Absolute paths of every file below `root`, or only those ending in `suffix`. */
export function builtFiles(root: string, suffix = ''): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(suffix))
    .map((e) => path.join(e.parentPath, e.name));
}
