// The checker's collection table must say what src/content.config.ts says.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { COLLECTIONS, collectionOf } from '../../../scripts/check/collections.ts';

it('mirrors src/content.config.ts', () => {
  const config = readFileSync('src/content.config.ts', 'utf8');
  const re = /(\w+): defineCollection\(\{\s*loader: from\('([^']+)'(?:, '([^']+)')?\),\s*schema: (\w+)\(/g;
  const fromConfig = [...config.matchAll(re)].map(([, name, folder, pattern = '**/*.{yaml,yml}', schema]) => ({
    name,
    folder,
    exts: pattern
      .replace(/^\*\*\/\*\./, '')
      .replace(/[{}]/g, '')
      .split(',')
      .sort(),
    schema,
  }));
  const mine = COLLECTIONS.map((c) => ({
    name: c.name,
    folder: c.folder,
    exts: [...c.exts].sort(),
    schema: c.schema.name,
  }));
  expect(fromConfig.length).toBeGreaterThan(5);
  expect(mine).toEqual(fromConfig);
});

it('maps files to collections by folder and extension', () => {
  expect(collectionOf('processkarta/faser/ankomst.yaml')?.name).toBe('faser');
  expect(collectionOf('processkarta/steg/x.yml')?.name).toBe('processkarta');
  expect(collectionOf('sidor/x.md')?.name).toBe('sidor');
  expect(collectionOf('avsnitt/x.md')).toBeUndefined();
  expect(collectionOf('processkarta/x.yaml')).toBeUndefined();
});
