// The static servers (scripts/static-server.mjs for npm start and the tests, astro preview for
// npm run preview) survive malformed and hostile requests, sent raw over a socket, and never
// serve a file outside the folder they serve.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/static-server.mjs';

const SECRET = 'HEMLIGT-INNEHALL';
const tmp = mkdtempSync(path.join(tmpdir(), 'metodstod-servers-'));
const root = path.join(tmp, 'site');
mkdirSync(path.join(root, 'sida'), { recursive: true });
writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Start</title><p>Startsidan</p>');
writeFileSync(path.join(root, '404.html'), '<!doctype html><title>404</title><p>Sidan finns inte</p>');
writeFileSync(path.join(root, 'sida/index.html'), '<!doctype html><title>Sida</title><p>En sida</p>');
// Outside the served folder: beside it, and in a sibling whose name starts like it.
writeFileSync(path.join(tmp, 'secret.txt'), SECRET);
mkdirSync(path.join(tmp, 'site-x'));
writeFileSync(path.join(tmp, 'site-x/secret.txt'), SECRET);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HOSTILE = [
  '/%E0%A4%A',
  '/%',
  '/%00',
  '/sida%00.html',
  '/../secret.txt',
  '/../../../../etc/passwd',
  '/%2e%2e/secret.txt',
  '/%2e%2e%2fsecret.txt',
  '/..%2fsecret.txt',
  '/..%5csecret.txt',
  '/sida/..%2f..%2fsecret.txt',
  '/../site-x/secret.txt',
  '/%2e%2e/site-x/secret.txt',
  '/sida%2findex.html',
  '//secret.txt',
  '/sida/../../secret.txt',
  `/${'a'.repeat(10_000)}`,
  `/${'%2e%2e/'.repeat(2_000)}secret.txt`,
  `/${'a'.repeat(100_000)}`,
];

/** Sends one raw request line and returns the whole raw response (or '' if the server hung up). */
function raw(port: number, target: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    socket.setTimeout(10_000, () => socket.destroy());
    socket.on('data', (d) => (data += d.toString('latin1')));
    socket.on('error', () => resolve(data));
    socket.on('close', () => resolve(data));
    socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  });
}

function holds(name: string, base: string, port: () => number) {
  describe(name, () => {
    for (const target of HOSTILE.map((t) => base.replace(/\/$/, '') + t)) {
      it(`answers ${target.length > 60 ? `${target.slice(0, 40)}… (${target.length} tecken)` : target} without leaking`, async () => {
        const response = await raw(port(), target);
        expect(response).not.toContain(SECRET);
        expect(response).not.toMatch(/root:.*:0:0:/);
        if (response) expect(response).toMatch(/^HTTP\/1\.1 \d{3} /);
      });
    }
    it('still serves pages after all that', async () => {
      const res = await fetch(`http://127.0.0.1:${port()}${base}sida/`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('En sida');
    });
  });
}

for (const base of ['/', '/metodstod/']) {
  describe(`scripts/static-server.mjs under ${base}`, () => {
    let server: Server;
    beforeAll(async () => {
      server = await startServer({ root, port: 0, base });
    });
    afterAll(() => server.close());
    holds('hostile requests', base, () => (server.address() as AddressInfo).port);
  });
}

describe('static-server.mjs behaves like a web server', () => {
  let server: Server;
  let site: string;
  beforeAll(async () => {
    server = await startServer({ root, port: 0, base: '/metodstod/' });
    site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());
  it('redirects a folder to its trailing slash, keeping the query', async () => {
    const res = await fetch(`${site}/metodstod/sida?q=1`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/metodstod/sida/?q=1');
    expect((await fetch(`${site}/metodstod`, { redirect: 'manual' })).headers.get('location')).toBe('/metodstod/');
  });
  it('answers 404 with the site’s 404 page, inside and outside the base path', async () => {
    for (const url of [`${site}/metodstod/finns-inte/`, `${site}/annat/`]) {
      const res = await fetch(url);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('Sidan finns inte');
    }
  });
});

describe('astro preview (npm run preview)', () => {
  let child: ChildProcess;
  let port = 0;
  beforeAll(async () => {
    child = spawn(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'preview', '--outDir', root, '--host', '127.0.0.1', '--port', '0'],
      { env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    port = await new Promise<number>((resolve, reject) => {
      let out = '';
      const onData = (d: Buffer) => {
        out += d.toString();
        const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code) => reject(new Error(`astro preview avslutades (${code}):\n${out}`)));
    });
  }, 60_000);
  afterAll(() => {
    child.kill();
  });
  holds('astro preview', '/', () => port);
});
