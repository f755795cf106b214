// Pagefind fragments (one per page: its title, excerpt text and URL) are named
// by hash, so the page they belong to is read from inside: gzip of a
// "pagefind_dcd" signature followed by JSON.
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/** The page a fragment describes (its URL and title), or undefined when the bytes are not a fragment. */
export function fragmentPage(content: Uint8Array): { url: string; title?: string } | undefined {
  try {
    const text = gunzipSync(content).toString('utf8');
    const json = text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text;
    const { url, meta } = JSON.parse(json) as { url?: unknown; meta?: { title?: unknown } };
    if (typeof url !== 'string') return undefined;
    return typeof meta?.title === 'string' ? { url, title: meta.title } : { url };
  } catch {
    return undefined;
  }
}
