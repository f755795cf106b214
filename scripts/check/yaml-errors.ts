// YAML syntax errors in plain Swedish, at the line an editor must fix.
import type { YAMLError } from 'yaml';
import type { ParsedYaml } from '../../src/lib/content-yaml.ts';

export interface YamlProblem {
  /** 1-based line within the YAML text. */
  line: number;
  message: string;
  fix: string;
}

const UNPARSEABLE: [string, string] = [
  'raden går inte att tolka som "fält: värde"',
  'kontrollera kolon och indragning; sätt texten inom citattecken om den innehåller kolon (:) eller börjar med ett specialtecken',
];

/** The yaml package's error codes → what is wrong and how to fix it. */
const REASONS: Partial<Record<YAMLError['code'], [string, string]>> = {
  DUPLICATE_KEY: ['samma fält står två gånger', 'ta bort eller slå ihop den ena raden'],
  BAD_INDENT: ['felaktig indragning', 'rada upp fältet med fälten ovanför (mellanslag, inte tabb)'],
  TAB_AS_INDENT: ['tabbtecken i indragningen', 'använd mellanslag i stället för tabb'],
  MISSING_CHAR: ['ett citattecken stängs aldrig', 'lägg till det avslutande citattecknet'],
  BLOCK_AS_IMPLICIT_KEY: UNPARSEABLE,
  MULTILINE_IMPLICIT_KEY: UNPARSEABLE,
  UNEXPECTED_TOKEN: UNPARSEABLE,
  IMPOSSIBLE: UNPARSEABLE,
};

export function yamlProblem({ doc, lines }: ParsedYaml, text: string): YamlProblem | undefined {
  const err = doc.errors[0];
  if (!err) return undefined;
  const reason = err.message.split('\n')[0];
  const known = REASONS[err.code];
  let line = lines.linePos(err.pos[0]).line;
  // An unclosed quote is noticed where the text ends: point at the line where it opened.
  if (err.code === 'MISSING_CHAR' && /quote/.test(reason)) {
    const all = text.split(/\r?\n/);
    for (let i = Math.min(line, all.length) - 1; i >= 0; i--)
      if (/:\s*["']/.test(all[i])) {
        line = i + 1;
        break;
      }
  }
  return {
    line,
    message: known ? `${known[0]} (${reason})` : `YAML-fel: ${reason}`,
    fix: known ? known[1] : 'rätta raden; jämför med en fungerande fil av samma typ',
  };
}
