// The line of a field ("steps[2].responsible") in a YAML document, from the
// yaml package's node ranges: block and flow style alike.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { ParsedYaml } from '../../src/lib/content-yaml.ts';

/** The node at a path and the offset of its key (or list item); as deep as the path exists. */
function walk({ doc }: ParsedYaml, path: readonly PropertyKey[]) {
  let node: unknown = doc.contents;
  let offset: number | undefined;
  let found = 0;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === seg);
      if (!pair) break;
      offset = (pair.key as Node | null)?.range?.[0];
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
      node = node.items[seg];
      offset = (node as Node).range?.[0];
    } else break;
    found += 1;
  }
  return { node, offset, complete: found === path.length };
}

/**
 * 1-based line of the key or list item at `path`, or of the deepest part of
 * the path that exists (so a missing field points at its parent); undefined if none.
 */
export function lineOf(parsed: ParsedYaml, path: readonly PropertyKey[]): number | undefined {
  const { offset } = walk(parsed, path);
  return offset === undefined ? undefined : parsed.lines.linePos(offset).line;
}

/** The value at `path` as written in the text (a scalar's source), if the whole path exists. */
export function writtenAt(parsed: ParsedYaml, text: string, path: readonly PropertyKey[]): string | undefined {
  const { node, complete } = walk(parsed, path);
  if (!complete || !isScalar(node) || !node.range) return undefined;
  return text.slice(node.range[0], node.range[1]).trim();
}
