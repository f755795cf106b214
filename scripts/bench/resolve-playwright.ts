// `node --import` hook for the shared measuring scripts: they import
// playwright-core, which their read-only folder may not have installed. When
// normal resolution fails, resolve it as if imported from this project
// (a dependency of playwright) instead of installing anything.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (specifier !== 'playwright-core' && !specifier.startsWith('playwright-core/')) throw error;
      return next(specifier, { ...context, parentURL: import.meta.url });
    }
  },
});
