// The readability table of /granskning/ (LIX and language notes per page, as
// `npm run check` computes them). It parses the content again and spell-checks
// it: about 3 s of a 1 000-page build, once on the build's critical path. In a
// build it runs in a worker thread from the first hook, on the core the build
// leaves idle, and the page reads the result from a virtual module. The dev
// server computes it when the page asks.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { PageReadability } from '../../scripts/check/language/pages.ts';
import { inWorker } from '../node/worker.ts';

const VIRTUAL_ID = 'virtual:readability';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export interface ReadabilityJob {
  contentDir: string;
  root: string;
}

export function readability(): AstroIntegration {
  return {
    name: 'metodstod:readability',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const job = { contentDir: process.env.CONTENT_DIR ?? 'content', root: fileURLToPath(config.root) };
        const compute = async () =>
          (await import('../../scripts/check/language/pages.ts')).readabilityByPage(job.contentDir, job.root);
        let started: Promise<PageReadability[]> | undefined;
        if (command === 'build') {
          started = inWorker<PageReadability[]>(
            new URL('./readability-worker.ts', import.meta.url),
            job,
            'Läsbarhetstabellen kunde inte räknas fram',
          );
          // Reported by load(), which awaits it; until then a failure must not end the process.
          started.catch(() => {});
        }
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'metodstod:readability',
                resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
                load: async (id: string) =>
                  id === RESOLVED_ID ? `export default ${JSON.stringify(await (started ?? compute()))};` : undefined,
              },
            ],
          },
        });
      },
    },
  };
}
