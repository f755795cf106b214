// Mermaid's SVG made valid HTML without changing how it looks. Mermaid writes
// attributes that exist in no SVG element (`name` on rect/line) or that turn
// into one on the way through MDX (`data-type` on g comes out as RDFa's
// `datatype`, hast's property for both being dataType); it reads them only
// while drawing, no style selects them, and the site ships no Mermaid JS. And
// CSS that points at a gradient it never defines. Applied whenever the build
// hands out an SVG (freshly drawn or from .cache/mermaid), so old cached
// drawings come out clean too.

/** Attributes Mermaid leaves behind that no SVG element allows. */
const STRAY_ATTRS = /(<(?:rect|line|g|path|circle|polygon|text)\b[^>]*?)\s(?:name|datatype|data-type)="[^"]*"/g;

/** Drops the stray attributes; repeated, since one tag can carry more than one. */
function dropStrayAttributes(svg: string): string {
  let out = svg;
  for (let prev = ''; prev !== out;) {
    prev = out;
    out = out.replace(STRAY_ATTRS, '$1');
  }
  return out;
}

/**
 * `url(#id)` with no element of that id: a browser paints it as `none`
 * (SVG's rule for a missing paint server without fallback), so writing
 * `none` draws exactly the same and leaves no fragment pointing nowhere.
 */
function resolveDanglingUrls(svg: string): string {
  const ids = new Set(Array.from(svg.matchAll(/\sid="([^"]+)"/g), (m) => m[1]));
  return svg.replace(/url\(\s*(['"]?)#([^'")\s]+)\1\s*\)/g, (whole, _q, id: string) => (ids.has(id) ? whole : 'none'));
}

export const cleanSvg = (svg: string): string => resolveDanglingUrls(dropStrayAttributes(svg));
