// The Swedish word list (Hunspell stems from dictionary-sv) plus our glossary
// terms, as a set of lower-case words for compound splitting. Build time only.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import dictionary from 'dictionary-sv';

/** Stems of a Hunspell .dic file (first line is the count; "word/FLAGS"). */
export function parseDic(dic: string): string[] {
  return dic.split('\n').slice(1).map((l) => l.split('/')[0].trim().toLocaleLowerCase('sv')).filter((w) => /^\p{L}{3,}$/u.test(w));
}

/** Terms, abbreviations and forms from content/begrepp/*.yaml. */
export function glossaryWords(dir: string): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f))) {
    const d = yaml.load(readFileSync(path.join(dir, f), 'utf8')) as { term?: string; forms?: string[] };
    for (const w of [d.term, ...(d.forms ?? [])]) if (w && /^\p{L}+$/u.test(w)) out.push(w.toLocaleLowerCase('sv'));
  }
  return out;
}

export function loadSwedishWords(glossaryDir?: string): Set<string> {
  const words = new Set(parseDic(new TextDecoder().decode(dictionary.dic)));
  if (glossaryDir) for (const w of glossaryWords(glossaryDir)) words.add(w);
  return words;
}
