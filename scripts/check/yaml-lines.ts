// Finds the line of a field in block-style YAML ("steps[2].responsible" → the
// line of that key) by following indentation. js-yaml gives no positions for
// values, and this covers how editors write YAML; flow style ([a, b]) falls
// back to the line of the enclosing key.

const isContent = (l: string) => l.trim() !== '' && !l.trimStart().startsWith('#');
const indentOf = (l: string) => l.length - l.trimStart().length;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** First line index in [from, to) with content, or -1. */
function firstContent(lines: string[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (isContent(lines[i])) return i;
  return -1;
}

/** End (exclusive) of the block below line `at` whose own content sits at `col`. */
function blockEnd(lines: string[], at: number, to: number, col: number, isKey: boolean): number {
  for (let i = at + 1; i < to; i++) {
    if (!isContent(lines[i])) continue;
    const ind = indentOf(lines[i]);
    // A sequence may sit at the same indentation as its key ("tags:\n- a").
    if (ind < col || (ind === col && !(isKey && /^\s*-(\s|$)/.test(lines[i])))) return i;
  }
  return to;
}

/**
 * 0-based line of the key or list item at `path`, or of the deepest part of
 * the path that exists (so a missing field points at its parent); -1 if none.
 */
export function lineOf(yaml: string, path: readonly PropertyKey[]): number {
  const lines = yaml.split(/\r?\n/);
  let from = 0;
  let to = lines.length;
  let found = -1;
  for (const seg of path) {
    const first = firstContent(lines, from, to);
    if (first < 0) break;
    const col = indentOf(lines[first]);
    let hit = -1;
    if (typeof seg === 'number') {
      let n = -1;
      for (let i = first; i < to; i++) {
        if (isContent(lines[i]) && indentOf(lines[i]) === col && /^\s*-(\s|$)/.test(lines[i]) && ++n === seg) {
          hit = i;
          break;
        }
      }
      if (hit < 0) break;
      lines[hit] = lines[hit].replace('-', ' '); // the item's own content now starts after the dash
      from = hit;
      to = blockEnd(lines, hit, to, col + 1, false);
    } else {
      const key = new RegExp(`^\\s*(["']?)${escape(String(seg))}\\1\\s*:(\\s|$)`);
      for (let i = first; i < to; i++) {
        if (isContent(lines[i]) && indentOf(lines[i]) === col && key.test(lines[i])) {
          hit = i;
          break;
        }
      }
      if (hit < 0) break;
      from = hit + 1;
      to = blockEnd(lines, hit, to, col, true);
    }
    found = hit;
  }
  return found;
}
