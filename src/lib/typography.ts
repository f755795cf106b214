// Swedish typographic punctuation for running text. Swedish uses the same
// right-hand quotation mark on both sides (”så här”), unlike English “ ”, so
// no guessing of opening and closing quotes is needed: a plain replacement.

/** "…" → ”…”, '…' → ’…’, --- → —, -- → –, ... → … */
export function swedishPunctuation(text: string): string {
  return text
    .replace(/"/g, '\u201D')
    .replace(/'/g, '\u2019')
    .replace(/---/g, '\u2014')
    .replace(/--/g, '\u2013')
    .replace(/\.\.\./g, '\u2026');
}
