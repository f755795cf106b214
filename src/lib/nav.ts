// Main navigation: a fixed list of sections, so page weight never grows with content.
export const MAIN_NAV = [
  { path: '/samverkansmodeller/', label: 'Samverkansmodeller' },
  { path: '/processkarta/', label: 'Processkarta' },
  { path: '/checklista/', label: 'Checklista' },
  { path: '/lankar/', label: 'Länksamling' },
  { path: '/begrepp/', label: 'Begrepp' },
  { path: '/om-metodstodet/', label: 'Om metodstödet' },
] as const;

/** The footer's links, on every page. */
export const FOOTER_LINKS = [
  { path: '/om-metodstodet/', label: 'Om metodstödet' },
  { path: '/kontakt/', label: 'Kontakt och synpunkter' },
  { path: '/tillganglighetsredogorelse/', label: 'Tillgänglighetsredogörelse' },
  { path: '/dokument/', label: 'Dokument' },
  { path: '/aktorer/', label: 'Aktörer' },
  { path: '/granskning/', label: 'Granskning av innehåll' },
] as const;

/** Where the reader is sent to reach the owning unit when no e-mail address is set (FeedbackLink). */
export const CONTACT_PATH = '/kontakt/';

/** Every page the site's shell (menu, footer, feedback link) links to on every page: `npm run check` requires them. */
export const SHELL_PATHS = [...new Set([...MAIN_NAV, ...FOOTER_LINKS].map((l) => l.path).concat(CONTACT_PATH))];

/** True when `current` is the section `path` or a page inside it. */
export const isCurrentSection = (path: string, current: string) => current === path || current.startsWith(path);
