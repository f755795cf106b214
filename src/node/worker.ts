// Build steps that use both cores: a job in a worker thread, and a list of
// files split over this thread and one worker.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Runs the worker module at `url` with `data` as its workerData; its one message is the result. */
export function inWorker<R>(url: URL, data: unknown, failure: string): Promise<R> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url, { workerData: data });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code && reject(new Error(`${failure} (kod ${code}).`)));
  });
}

/**
 * `work` over every other item here and over the rest in the worker module at
 * `url` (which runs the same `work` on its workerData), at once; both halves
 * here when there is one core.
 */
export async function inTwoThreads<T, J, R>(
  items: readonly T[],
  job: (half: T[]) => J,
  work: (job: J) => R,
  url: URL,
  failure: string,
): Promise<[R, R]> {
  const half = (i: number) => job(items.filter((_, j) => j % 2 === i));
  const other = availableParallelism() > 1 ? inWorker<R>(url, half(1), failure) : undefined;
  const mine = work(half(0));
  return [mine, other ? await other : work(half(1))];
}
