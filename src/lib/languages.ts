// Swedish names of languages from ISO 639-1 codes (Intl knows them all).
const names = new Intl.DisplayNames(['sv'], { type: 'language' });
export const languageName = (code: string): string => names.of(code) ?? code;
