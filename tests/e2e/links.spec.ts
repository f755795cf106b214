// Every internal link and #anchor in the built site resolves (read from dist/, no browser).
import { expect, test } from '@playwright/test';
import { findBrokenLinks } from './linkcheck.ts';
import { BASE, DIST } from './site.ts';

test('alla interna länkar och ankare fungerar', () => {
  expect(findBrokenLinks(DIST, BASE)).toEqual([]);
});
