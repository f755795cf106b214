// Text alternative for a Mermaid diagram: the words a person reads in it.
// Pagefind does not index text inside inline SVG, so we index these instead.

/** Extracts accTitle, accDescr, participant names, node labels and messages. */
export function diagramLabels(source: string): string[] {
  const out: string[] = [];
  const add = (s: string | undefined) => {
    const t = s
      ?.replace(/<br\s*\/?>/gi, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (t && !out.includes(t)) out.push(t);
  };
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = /^acc(?:Title|Descr)\s*:\s*(.+)$/.exec(line))) add(m[1]);
    else if ((m = /^(?:participant|actor)\s+\S+\s+as\s+(.+)$/.exec(line))) add(m[1]);
    else if ((m = /^(?:participant|actor)\s+(.+)$/.exec(line))) add(m[1]);
    else if ((m = /^[^:]*?-[->x)]+[+-]?[^:]*:\s*(.+)$/.exec(line))) add(m[1]);
    else if ((m = /^note\s+\w+(?:\s+of)?\s+[^:]+:\s*(.+)$/i.exec(line))) add(m[1]);
    else for (const l of line.matchAll(/[[({]+"?([^\])}"]+)"?[\])}]+/g)) add(l[1]);
  }
  return out;
}
