// The fixed tag vocabulary: id (ASCII, used in frontmatter) → Swedish label.
export const TAGS = {
  mottagande: 'Mottagande',
  bosattning: 'Bosättning',
  samverkan: 'Samverkan',
  socialtjanst: 'Socialtjänst',
  ekonomi: 'Ekonomi',
  boende: 'Boende',
  halsa: 'Hälsa och vård',
  funktionsnedsattning: 'Funktionsnedsättning',
  socialpsykiatri: 'Socialpsykiatri',
  barnratt: 'Barnrätt',
  jamstalldhet: 'Jämställdhet',
  samhallsinformation: 'Samhällsinformation',
  etablering: 'Arbete och etablering',
  folkbokforing: 'Folkbokföring och id',
  skola: 'Barn och skola',
  statistik: 'Statistik',
  metod: 'Metod och arbetssätt',
  erfarenheter: 'Erfarenheter',
} as const;

export type TagId = keyof typeof TAGS;
export const TAG_IDS = Object.keys(TAGS) as [TagId, ...TagId[]];
