// What every rule reports, and how it is printed.
import path from 'node:path';

export interface Problem {
  /** The rule that found it (a module name in scripts/check/rules/). */
  rule: string;
  /** Absolute path of the file. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** The field (steps[2].responsible) or part of the text (länk, rubrik, diagram). */
  field: string;
  /** What is wrong, in plain Swedish. */
  message: string;
  /** How to fix it. */
  fix: string;
}

/** "content/x.mdx:12  owner  … finns inte  →  rätta …" */
export const formatProblem = (p: Problem, cwd = process.cwd()) =>
  `${path.relative(cwd, p.file).split(path.sep).join('/')}:${p.line}  ${p.field}  ${p.message}  →  ${p.fix}`;

/** A GitHub Actions workflow command that shows the problem at its line in a pull request. */
export function annotation(p: Problem, cwd = process.cwd(), level: 'error' | 'warning' = 'error'): string {
  const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const file = path.relative(cwd, p.file).split(path.sep).join('/');
  return `::${level} file=${prop(file)},line=${p.line},title=${prop(p.field)}::${data(`${p.message}  →  ${p.fix}`)}`;
}

/** "Inga fel i 150 filer." / "3 fel i 2 filer." */
export function summary(problems: readonly Problem[], files: number): string {
  const filer = (n: number) => `${n} ${n === 1 ? 'fil' : 'filer'}`;
  if (!problems.length) return `Inga fel i ${filer(files)}.`;
  return `${problems.length} fel i ${filer(new Set(problems.map((p) => p.file)).size)}.`;
}

/** "Varning  content/x.mdx:12  stavning  …" */
export const formatWarning = (p: Problem, cwd = process.cwd()) => `Varning  ${formatProblem(p, cwd)}`;

/** "2 språkvarningar i 1 fil (de stoppar inte kontrollen; --strikt gör dem till fel)." */
export function warningSummary(warnings: readonly Problem[], strict: boolean): string {
  if (!warnings.length) return 'Inga språkvarningar.';
  const files = new Set(warnings.map((p) => p.file)).size;
  const n = warnings.length;
  return `${n} ${n === 1 ? 'språkvarning' : 'språkvarningar'} i ${files} ${files === 1 ? 'fil' : 'filer'}${
    strict ? ' (--strikt: de räknas som fel).' : ' (de stoppar inte kontrollen; --strikt gör dem till fel).'
  }`;
}
