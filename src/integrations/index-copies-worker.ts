// Worker thread: writes the search index's copies of its share of the pages
// while the main thread does the other share (splitting compounds is costly).
import { parentPort, workerData } from 'node:worker_threads';
import { writeIndexCopies, type IndexCopiesJob } from '../node/index-copies.ts';

parentPort!.postMessage(writeIndexCopies(workerData as IndexCopiesJob));
