// Integrations whose `astro:build:done` work is independent and mostly out of
// Node's main thread (Pagefind's own program, Chromium printing the map's PDF):
// Astro runs integrations' hooks one after another, so these run theirs
// together. Every other hook runs in turn, as Astro would. Each keeps its name
// in the log.
import type { AstroIntegration } from 'astro';

interface Logger {
  fork(label: string): Logger;
}
type Options = { logger: Logger };
type Hook = (options: Options) => unknown;

export function parallel(name: string, integrations: AstroIntegration[]): AstroIntegration {
  const hookNames = new Set(integrations.flatMap((i) => Object.keys(i.hooks)));
  const hooks: Record<string, Hook> = {};
  for (const hook of hookNames) {
    const call = (i: AstroIntegration, options: Options) =>
      (i.hooks as Record<string, Hook | undefined>)[hook]?.({ ...options, logger: options.logger.fork(i.name) });
    hooks[hook] =
      hook === 'astro:build:done'
        ? async (options) => {
            await Promise.all(integrations.map((i) => call(i, options)));
          }
        : async (options) => {
            for (const i of integrations) await call(i, options);
          };
  }
  return { name, hooks };
}
