// Swedish spelling with cspell's Swedish dictionary, plus the site's own words.
// The dictionary loads once (a few seconds); lookups are then instant.
import { createRequire } from 'node:module';
import { getDictionary, mergeSettings, readSettings } from 'cspell-lib';

type Dictionary = Awaited<ReturnType<typeof getDictionary>>;
let loading: Promise<Dictionary> | undefined;

/** Start loading early (the checker does, while the other rules run). */
export function swedishDictionary(): Promise<Dictionary> {
  loading ??= (async () => {
    const ext = await readSettings(createRequire(import.meta.url).resolve('@cspell/dict-sv/cspell-ext.json'));
    return getDictionary(mergeSettings(ext, { language: 'sv', dictionaries: ['sv'] }));
  })();
  return loading;
}

/** Whether a word needs no note: known, an abbreviation (SFI), or one of the site's own words. */
export function isKnown(dict: Dictionary, own: ReadonlySet<string>, word: string): boolean {
  if (word.length < 3 || /^\p{Lu}{2,}/u.test(word)) return true;
  const lower = word.toLowerCase();
  if (own.has(lower)) return true;
  // "e-post", "barn-och": every part is known.
  if (word.includes('-')) return word.split('-').every((part) => !part || isKnown(dict, own, part));
  // Possessive s: "Migrationsverkets", "SDF:s" is split before it gets here.
  if (lower.endsWith('s') && own.has(lower.slice(0, -1))) return true;
  return dict.has(word, { ignoreCase: true }) || dict.has(lower, { ignoreCase: true });
}
