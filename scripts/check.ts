// npm run check [-- --content <mapp>]: checks all content in seconds, without
// a build, and lists every problem as "fil:rad  fält  vad är fel  →  så rättar du".
import { existsSync } from 'node:fs';
import { annotation, formatProblem, summary } from './check/problem.ts';
import { runCheck } from './check/run.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(
    'Användning: npm run check [-- --content <mapp>]\nKontrollerar allt innehåll (standard: content/) och listar alla fel på en gång.',
  );
  process.exit(0);
}
const i = args.findIndex((a) => a === '--content' || a.startsWith('--content='));
const contentDir = i < 0 ? 'content' : args[i].includes('=') ? args[i].split('=')[1] : args[i + 1];
if (!contentDir || !existsSync(contentDir)) {
  console.error(`Hittar inte innehållsmappen "${contentDir ?? ''}".`);
  process.exit(2);
}

const { problems, fileCount } = await runCheck({ contentDir });
for (const p of problems) console.log(formatProblem(p));
// On GitHub Actions, also annotate the lines in the pull request's "Files changed".
if (process.env.GITHUB_ACTIONS === 'true') for (const p of problems) console.log(annotation(p));
if (problems.length) console.log('');
console.log(summary(problems, fileCount));
process.exit(problems.length ? 1 : 0);
