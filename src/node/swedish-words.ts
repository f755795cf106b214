// The Swedish word list (Hunspell stems from dictionary-sv) plus our glossary
// terms, as a set of lower-case words for compound splitting. Build time only.
import dictionary from 'dictionary-sv';
import { loadGlossary } from './glossary-files.ts';

/** Stems of a Hunspell .dic file (first line is the count; "word/FLAGS"). */
export function parseDic(dic: string): string[] {
  return dic
    .split('\n')
    .slice(1)
    .map((l) => l.split('/')[0].trim().toLocaleLowerCase('sv'))
    .filter((w) => /^\p{L}{3,}$/u.test(w));
}

/** Single-word terms and forms from content/begrepp/*.yaml. */
export function glossaryWords(dir: string): string[] {
  return loadGlossary(dir)
    .flatMap((t) => [t.term, ...t.forms])
    .filter((w) => w && /^\p{L}+$/u.test(w))
    .map((w) => w.toLocaleLowerCase('sv'));
}

export function loadSwedishWords(glossaryDir?: string): Set<string> {
  const words = new Set(parseDic(new TextDecoder().decode(dictionary.dic)));
  if (glossaryDir) for (const w of glossaryWords(glossaryDir)) words.add(w);
  return words;
}
