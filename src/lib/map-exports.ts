// Where the process map's exports land in the build output, relative to it
// (POSIX separators). The map page links them; the offline copy lists them
// (they are built files, written before the service worker's list is made).
export const MAP_EXPORTS = {
  pdf: 'processkarta/processkarta.pdf',
  pptx: 'processkarta/processkarta.pptx',
} as const;

export const MAP_EXPORT_FILES: readonly string[] = Object.values(MAP_EXPORTS);

/** The map data the exports are made from, emitted by src/pages/processkarta/karta.json.ts. */
export const MAP_JSON = 'processkarta/karta.json';
