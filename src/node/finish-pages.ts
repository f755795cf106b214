// The last touch of each built page, in one read and one write: its diagrams
// (the markers Markdown pages left in a build) and then its
// Content-Security-Policy, hashed over the final inline code (the SVGs carry
// <style>). Runs in two threads over halves of dist/ (src/integrations/pages.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { fillMarkers } from '../lib/diagram-markers.ts';
import { withCsp } from '../lib/csp.ts';
import { cachedSvg } from '../markdown/diagram-store.ts';

export interface FinishJob {
  files: string[];
  /** The diagrams drawn in this build, by hash. */
  svgs: Record<string, string>;
  /** .cache/mermaid/, for markers from Astro's content cache (rendered in an earlier build). */
  cacheDir: string;
}

export interface FinishResult {
  /** Pages that got diagrams. */
  withDiagrams: number;
  /** Pages with a diagram neither drawn nor cached: the caller draws it (or reports its error). */
  pending: string[];
}

export function finishPages(job: FinishJob): FinishResult {
  const result: FinishResult = { withDiagrams: 0, pending: [] };
  for (const file of job.files) {
    const html = readFileSync(file, 'utf8');
    const filled = fillMarkers(html, (hash) => job.svgs[hash] ?? cachedSvg(job.cacheDir, hash));
    if (filled === undefined) {
      result.pending.push(file);
      continue;
    }
    if (filled !== html) result.withDiagrams++;
    writeFileSync(file, withCsp(filled));
  }
  return result;
}
