// Links inside the site, written as site addresses (/samverkansmodeller/x/),
// as paths to content files (../samverkansmodeller/x.mdx) or as #anchors,
// must lead to a page that exists and to an id on that page.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CheckContext, Rule } from '../context.ts';
import type { Entry } from '../load.ts';
import type { Problem } from '../problem.ts';
import { links } from '../body.ts';
import { didYouMean } from '../suggest.ts';
import { FILE_LINK } from '../../../src/markdown/links.ts';
import { contentFileToPath, entryPath } from '../../../src/lib/urls.ts';
import { urlRisk } from '../../../src/lib/unsafe-urls.ts';

const EXTERNAL = /^(https?:|mailto:|tel:|\/\/)/i;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

const decode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

function checkLink(
  ctx: CheckContext,
  e: Entry,
  node: Parameters<CheckContext['atNode']>[2],
  url: string,
): Problem | undefined {
  const at = (message: string, fix: string) => ctx.atNode('internal-links', e, node, 'länk', message, fix);
  if (!url || EXTERNAL.test(url)) return undefined;
  const scheme = SCHEME.exec(url)?.[1];
  // javascript:, data: … are the unsafe-urls rule's (and the build's) to report.
  if (urlRisk(url, 'link')?.kind === 'unsafe-url') return undefined;
  if (scheme)
    return at(
      `"${url}": länkar av typen ${scheme}: är inte tillåtna`,
      'länka till en webbadress (https://…) eller en sida på webbplatsen (/…/)',
    );

  const ownPage = entryPath(e.collection.name, e.id).split('#')[0];
  let target: string;
  const file = FILE_LINK.exec(url);
  if (file) {
    const abs = path.resolve(path.dirname(e.file), decode(file[1]));
    const rel = path.relative(ctx.contentDir, abs).split(path.sep).join('/');
    if (!existsSync(abs)) {
      const folderFiles = ctx.entries
        .filter((x) => path.dirname(x.file) === path.dirname(abs))
        .map((x) => path.basename(x.file));
      return at(
        `"${url}": filen finns inte`,
        `kontrollera sökvägen, den utgår från mappen där den här filen ligger${didYouMean(path.basename(abs), folderFiles)}`,
      );
    }
    const sitePath = contentFileToPath(rel);
    if (!sitePath)
      return at(
        `"${url}": filen är ingen sida på webbplatsen`,
        'länka till en fil under content/ (till exempel ../sidor/kontakt.mdx) eller till sidans adress',
      );
    target = sitePath + (file[2] ?? '');
  } else {
    const u = new URL(url, `https://webbplats.invalid${ownPage}`);
    target = u.pathname + u.hash;
  }

  const [rawPath, rawHash = ''] = target.split('#');
  let pagePath = decode(rawPath);
  const pages = ctx.site().pages;
  if (/\.[a-z0-9]+$/i.test(pagePath)) {
    return existsSync(path.join(ctx.root, 'public', pagePath))
      ? undefined
      : at(`"${url}": filen ${pagePath} finns inte i public/`, 'kontrollera filnamnet');
  }
  if (!pagePath.endsWith('/')) pagePath += '/';
  const anchors = pages.get(pagePath);
  if (!anchors)
    return at(
      `"${url}": sidan ${pagePath} finns inte`,
      `kontrollera adressen${didYouMean(pagePath, pages.keys())}; skriv sidans adress, t.ex. /kontakt/, eller sökvägen till filen, t.ex. ../sidor/kontakt.mdx`,
    );
  const anchor = decode(rawHash);
  if (anchor && !anchors.has(anchor)) {
    return at(
      `"${url}": ankaret #${anchor} finns inte på sidan ${pagePath}`,
      `länka till en rubrik som finns på sidan${didYouMean(anchor, anchors)}; ankaret är rubrikens text med små bokstäver och bindestreck, t.ex. #så-går-det-till`,
    );
  }
  return undefined;
}

export const internalLinks: Rule = {
  id: 'internal-links',
  run: (ctx) =>
    ctx.entries.flatMap((e) =>
      (e.tree ? links(e.tree) : []).flatMap((l) => checkLink(ctx, e, l.node, l.url.trim()) ?? []),
    ),
};
