// Main navigation: a fixed list of sections, so page weight never grows with content.
export const MAIN_NAV = [
  { path: '/samverkansmodeller/', label: 'Samverkansmodeller' },
  { path: '/processkarta/', label: 'Processkarta' },
  { path: '/checklista/', label: 'Checklista' },
  { path: '/lankar/', label: 'Länksamling' },
  { path: '/begrepp/', label: 'Begrepp' },
  { path: '/om-metodstodet/', label: 'Om metodstödet' },
] as const;

/** True when `current` is the section `path` or a page inside it. */
export const isCurrentSection = (path: string, current: string) => current === path || current.startsWith(path);
