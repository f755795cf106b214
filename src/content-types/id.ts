// The id Astro's glob loader gives a file: each path segment slugged with
// github-slugger, the extension dropped, a trailing /index removed.
import { slug } from 'github-slugger';

export const sluggedPath = (pathInFolder: string) =>
  pathInFolder
    .replace(/\.[^./]+$/, '')
    .split('/')
    .map((s) => slug(s))
    .join('/')
    .replace(/\/index$/, '');
