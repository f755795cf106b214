// The static server for a built site (npm start and the browser tests): sirv serves the files;
// this wrapper adds the base path, the redirect of a folder to its trailing slash and 404.html.
// Listens on 127.0.0.1 only. sirv decodes safely and never serves outside its folder.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';

export function startServer({ root = 'dist', port = 4321, base = '/', host = '127.0.0.1' } = {}) {
  const dir = path.resolve(root);
  const prefix = base.replace(/\/$/, '');
  // dev: looks files up per request, so a test can change a file of a running server.
  const files = sirv(dir, { dev: true, etag: true });
  const page404 = path.join(dir, '404.html');
  const notFound = (res) =>
    res
      .writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
      .end(existsSync(page404) ? readFileSync(page404) : '');
  const handle = (req, res) => {
    const [pathname, query] = (req.url ?? '/').split(/\?(.*)/s);
    if (prefix && pathname === prefix) return res.writeHead(301, { location: `${prefix}/` }).end();
    if (prefix && !pathname.startsWith(`${prefix}/`)) return notFound(res);
    const rel = pathname.slice(prefix.length);
    const local = path.join(dir, decodeURI(rel));
    if (!rel.endsWith('/') && local.startsWith(dir + path.sep) && existsSync(local) && statSync(local).isDirectory())
      return res.writeHead(301, { location: `${pathname}/${query === undefined ? '' : `?${query}`}` }).end();
    req.url = rel + (query === undefined ? '' : `?${query}`);
    files(req, res, () => notFound(res));
  };
  const server = createServer((req, res) => {
    try {
      handle(req, res);
    } catch {
      // A malformed request (bad percent-encoding, a path no header may carry) is the client's error.
      if (!res.headersSent) res.writeHead(400).end();
    }
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 4321);
  const base = process.env.BASE_PATH ?? '/';
  await startServer({ root: process.env.SITE_DIR ?? 'dist', port, base });
  console.log(`Webbplatsen finns på http://localhost:${port}${base}  (avsluta med Ctrl+C)`);
}
