// Swedish words that carry the question, not its subject. A question typed as a
// sentence ("hur får man hjälp med tolk") finds little, since Pagefind wants
// every word on the page; without these words it finds what "hjälp tolk" finds.
import { words } from './fold.ts';

export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'vem vems vad var vart varför hur när vilken vilket vilka ' +
    'får fick kan kunde ska skall måste bör borde vill behöver finns gör göra görs är blir bli ' +
    'man jag du vi ni de dem han hon den det denna detta dessa min mitt mina din ditt sin sitt sina mig dig sig oss er ' +
    'en ett och eller men att som om av i på med till för från hos vid åt efter inför mot än så också ' +
    'inte någon något några alla allt mycket mer'
  ).split(' '),
);

/**
 * The query without its stop words, or undefined when that changes nothing or
 * leaves nothing (a query of stop words only is searched as typed).
 */
export function contentWords(query: string): string | undefined {
  const all = words(query);
  const kept = all.filter((w) => !STOP_WORDS.has(w));
  if (!kept.length || kept.length === all.length) return undefined;
  return kept.join(' ');
}
