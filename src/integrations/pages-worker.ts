// Worker thread: finishes its half of the built pages (src/node/finish-pages.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { finishPages, type FinishJob } from '../node/finish-pages.ts';

parentPort!.postMessage(finishPages(workerData as FinishJob));
