// A small static server for dist/: directory indexes, the base path, 404.html.
// Used by npm start and the browser tests. Listens on 127.0.0.1 only.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
};

export function startServer({ root = 'dist', port = 4321, base = '/', host = '127.0.0.1' } = {}) {
  const prefix = base.replace(/\/$/, '');
  const dist = path.resolve(root);
  const send = (res, file, status = 200) => {
    res.writeHead(status, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let rel = decodeURIComponent(url.pathname);
    if (prefix && rel === prefix) {
      res.writeHead(301, { location: `${prefix}/` }).end();
      return;
    }
    if (prefix && !rel.startsWith(`${prefix}/`)) return send(res, path.join(dist, '404.html'), 404);
    rel = rel.slice(prefix.length);
    let file = path.join(dist, path.normalize(rel));
    if (!file.startsWith(dist)) {
      res.writeHead(400).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!rel.endsWith('/')) {
        res.writeHead(301, { location: `${prefix}${rel}/${url.search}` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    if (existsSync(file)) return send(res, file);
    send(res, path.join(dist, '404.html'), 404);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4321);
  const base = process.env.BASE_PATH ?? '/';
  await startServer({ port, base });
  console.log(`Metodstödet finns på http://localhost:${port}${base}  (avsluta med Ctrl+C)`);
}
