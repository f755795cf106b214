// Worker thread: the readability table of /granskning/ (readability.ts), while the build goes on.
import { parentPort, workerData } from 'node:worker_threads';
import { readabilityByPage } from '../../scripts/check/language/pages.ts';
import type { ReadabilityJob } from './readability.ts';

const job = workerData as ReadabilityJob;
parentPort!.postMessage(await readabilityByPage(job.contentDir, job.root));
