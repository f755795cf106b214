// Which addresses content may use. A link may go to another site (the reader
// chooses to follow it); a resource (image, video, audio, a source of them)
// loads by itself for every reader, so it must come from the site itself:
// no request to another host, ever. Scripts disguised as addresses
// (javascript:, vbscript:) and inlined data (data:) are never allowed.

export type UrlUse = 'link' | 'resource';

export interface UrlRisk {
  kind: 'unsafe-url' | 'external-resource';
  message: string;
  fix: string;
}

const SCRIPT_SCHEMES = new Set(['javascript', 'vbscript', 'data']);

/**
 * The address as a browser reads it: HTML entities decoded, and tabs, line
 * breaks and control characters dropped (browsers ignore them, so
 * "java\tscript:" is javascript:).
 */
export function normalizeUrl(url: string): string {
  return (
    decodeEntities(url)
      // eslint-disable-next-line no-control-regex -- dropping control characters is the point
      .replace(/[\u0000-\u0020\u007f]+/g, '')
      .trim()
  );
}

/** Numeric and the few named entities that can spell a scheme. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => safeChar(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => safeChar(parseInt(dec, 10)))
    .replace(/&(colon|tab|newline|amp);/gi, (_, name: string) => NAMED[name.toLowerCase()] ?? '');
}
const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', amp: '&' };
const safeChar = (code: number) => (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '');

/** The scheme ("https", "javascript") in lower case, or undefined for a path. */
export function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(normalizeUrl(url))?.[1]?.toLowerCase();
}

/** Another host: any scheme, or a protocol-relative //host (browsers read \ as /). */
export const isOtherHost = (url: string) => schemeOf(url) !== undefined || /^[/\\]{2}/.test(normalizeUrl(url));

/** What is wrong with an address used as a link or as a resource; undefined when it is fine. */
export function urlRisk(url: string, use: UrlUse): UrlRisk | undefined {
  const scheme = schemeOf(url);
  if (scheme && SCRIPT_SCHEMES.has(scheme))
    return {
      kind: 'unsafe-url',
      message: `adressen börjar med ${scheme}:, som kan köra kod eller bära ett dolt innehåll i läsarens webbläsare`,
      fix:
        use === 'link'
          ? 'länka till en vanlig webbadress (https://…) eller en sida på webbplatsen (/sida/)'
          : 'lägg filen i public/ och skriv sökvägen, till exempel /bilder/karta.png',
    };
  if (use === 'resource' && isOtherHost(url))
    return {
      kind: 'external-resource',
      message: `"${url}" hämtas från en annan webbplats för varje läsare (webbplatsen gör aldrig anrop till andra servrar)`,
      fix: 'spara filen i public/ (med tillstånd) och skriv sökvägen, till exempel /bilder/karta.png; eller gör en vanlig länk dit: [Se kartan](https://…)',
    };
  return undefined;
}
