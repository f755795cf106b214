// Pagefind fragments (one per page: its title, excerpt text and URL) are named
// by hash, so the page they belong to is read from inside: gzip of a
// "pagefind_dcd" signature followed by JSON.
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/** The page URL a fragment describes, or undefined when the bytes are not a fragment. */
export function fragmentUrl(content: Uint8Array): string | undefined {
  try {
    const text = gunzipSync(content).toString('utf8');
    const json = text.startsWith(SIGNATURE) ? text.slice(SIGNATURE.length) : text;
    const url = (JSON.parse(json) as { url?: unknown }).url;
    return typeof url === 'string' ? url : undefined;
  } catch {
    return undefined;
  }
}
