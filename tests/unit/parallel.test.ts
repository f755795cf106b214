import type { AstroIntegration } from 'astro';
import { describe, expect, it } from 'vitest';
import { parallel } from '../../src/integrations/parallel.ts';

const logger = { fork: (label: string) => ({ label, fork: logger.fork }) };
const tick = () => new Promise((r) => setTimeout(r, 5));

/** An integration that logs when each of its hooks starts and ends. */
function traced(name: string, log: string[]): AstroIntegration {
  const hook = (h: string) => async (o: { logger: { label: string } }) => {
    log.push(`${o.logger.label} ${h} start`);
    await tick();
    log.push(`${o.logger.label} ${h} end`);
  };
  return { name, hooks: { 'astro:config:done': hook('config'), 'astro:build:done': hook('done') } };
}

type Call = (o: unknown) => Promise<void>;

describe('parallel()', () => {
  it("runs the integrations' build:done hooks together, each with its own logger", async () => {
    const log: string[] = [];
    const p = parallel('both', [traced('a', log), traced('b', log)]);
    await (p.hooks['astro:build:done'] as Call)({ logger });
    expect(log).toEqual(['a done start', 'b done start', 'a done end', 'b done end']);
  });

  it('runs every other hook one after another, in order', async () => {
    const log: string[] = [];
    const p = parallel('both', [traced('a', log), traced('b', log)]);
    await (p.hooks['astro:config:done'] as Call)({ logger });
    expect(log).toEqual(['a config start', 'a config end', 'b config start', 'b config end']);
  });

  it('fails when one of them fails', async () => {
    const failing = { name: 'c', hooks: { 'astro:build:done': () => Promise.reject(new Error('nej')) } };
    const p = parallel('both', [traced('a', []), failing]);
    await expect((p.hooks['astro:build:done'] as Call)({ logger })).rejects.toThrow('nej');
  });
});
