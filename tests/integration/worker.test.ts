import { describe, expect, it } from 'vitest';
import { inTwoThreads, inWorker } from '../../src/node/worker.ts';
import { double } from '../fixtures/worker/double-job.ts';

const url = new URL('../fixtures/worker/double.ts', import.meta.url);

describe('build work on both cores', () => {
  it('runs every other item here and the rest in the worker', async () => {
    const [mine, theirs] = await inTwoThreads([1, 2, 3, 4, 5], (half) => half, double, url, 'Fel');
    expect(mine).toEqual([2, 6, 10]);
    expect(theirs).toEqual([4, 8]);
  });

  it("passes the worker's error on", async () => {
    await expect(inWorker(url, [1, -1], 'Dubbleringen avbröts')).rejects.toThrow('negativt tal');
    await expect(inTwoThreads([1, -2], (half) => half, double, url, 'Fel')).rejects.toThrow('negativt tal');
  });
});
