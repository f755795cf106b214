// The marker a Markdown page leaves where its diagram goes in a build, and the
// filling in of the SVGs once they are drawn (src/markdown/diagram-store.ts).

const MARKER = /<!--mermaid:([0-9a-f]{16})-->/g;

export const marker = (hash: string) => `<!--mermaid:${hash}-->`;

/** The hashes of the diagrams an HTML page still waits for. */
export const markerHashes = (html: string): Set<string> => new Set(Array.from(html.matchAll(MARKER), (m) => m[1]));

/**
 * The HTML with every marker replaced by the SVG `svgFor` gives, or undefined
 * when it has none for one of them (the caller draws it and fills it another way).
 */
export function fillMarkers(html: string, svgFor: (hash: string) => string | undefined): string | undefined {
  const hashes = markerHashes(html);
  if (!hashes.size) return html;
  const svgs = new Map<string, string>();
  for (const hash of hashes) {
    const svg = svgFor(hash);
    if (svg === undefined) return undefined;
    svgs.set(hash, svg);
  }
  return html.replace(MARKER, (_, hash: string) => svgs.get(hash)!);
}
