// Mermaid's own parser, run in Node without a browser. Mermaid sanitises
// labels with DOMPurify, which has no DOM here and so lacks its methods;
// parsing does not need sanitising, so give it harmless stand-ins.
import DOMPurify from 'dompurify';

type Purify = Record<string, unknown>;
let ready: Promise<{ parse: (text: string) => Promise<unknown> }> | undefined;

async function load() {
  const p = DOMPurify as unknown as Purify;
  for (const m of ['addHook', 'removeHook', 'removeHooks', 'removeAllHooks', 'setConfig', 'clearConfig'])
    p[m] ??= () => {};
  p.sanitize ??= (s: unknown) => String(s);
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  return mermaid;
}

export type MermaidResult = { ok: true } | { ok: false; line: number; unknownType: boolean; detail: string };

/** Parses a diagram; on failure, the 1-based line inside the diagram and Mermaid's explanation. */
export async function parseMermaid(text: string): Promise<MermaidResult> {
  const mermaid = await (ready ??= load());
  try {
    await mermaid.parse(text);
    return { ok: true };
  } catch (e) {
    const err = e as { name?: string; message?: string; hash?: { text?: string } };
    const message = String(err.message ?? e);
    if (err.name === 'UnknownDiagramError' || /No diagram type detected/.test(message)) {
      return { ok: false, line: 1, unknownType: true, detail: message.split('\n')[0] };
    }
    const line = Number(/line (\d+)/.exec(message)?.[1] ?? 1);
    // Jison parsers name the unexpected text; their list of expected tokens helps no editor.
    const detail =
      err.hash?.text !== undefined
        ? `oväntat "${err.hash.text}"`
        : (message
            .replace(/^Parsing failed:\s*/, '')
            .split('\n')
            .filter((l) => l.trim())
            .at(-1)
            ?.trim() ?? message);
    return { ok: false, line, unknownType: false, detail: detail.length > 160 ? `${detail.slice(0, 157)}…` : detail };
  }
}
