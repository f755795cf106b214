// npm run check [-- --content <mapp>] [-- --strikt]: checks all content in
// seconds, without a build, and lists every problem as "fil:rad  fält  vad är
// fel  →  så rättar du", then the language notes (warnings; --strikt fails on them).
import { existsSync } from 'node:fs';
import { annotation, formatProblem, formatWarning, summary, warningSummary } from './check/problem.ts';
import { runCheck } from './check/run.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(
    'Användning: npm run check [-- --content <mapp>] [-- --strikt]\nKontrollerar allt innehåll (standard: content/) och listar alla fel på en gång,\nsedan språkvarningar (stavning, långa meningar, ord att undvika). Med --strikt räknas varningarna som fel.',
  );
  process.exit(0);
}
const i = args.findIndex((a) => a === '--content' || a.startsWith('--content='));
const contentDir = i < 0 ? 'content' : args[i].includes('=') ? args[i].split('=')[1] : args[i + 1];
if (!contentDir || !existsSync(contentDir)) {
  console.error(`Hittar inte innehållsmappen "${contentDir ?? ''}".`);
  process.exit(2);
}

const strict = args.includes('--strikt');
const { problems, warnings, fileCount } = await runCheck({ contentDir });
for (const p of problems) console.log(formatProblem(p));
if (problems.length && warnings.length) console.log('');
for (const w of warnings) console.log(formatWarning(w));
// On GitHub Actions, also annotate the lines in the pull request's "Files changed".
if (process.env.GITHUB_ACTIONS) {
  for (const p of problems) console.log(annotation(p));
  for (const w of warnings) console.log(annotation(w, process.cwd(), strict ? 'error' : 'warning'));
}
if (problems.length || warnings.length) console.log('');
console.log(summary(problems, fileCount));
console.log(warningSummary(warnings, strict));
process.exit(problems.length || (strict && warnings.length) ? 1 : 0);
