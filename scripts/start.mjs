// npm start: build the site (with search index) and serve it on http://localhost:4321
// (PORT=… to change the port, BASE_PATH=/sökväg/ to serve under a sub-path).
import { spawnSync } from 'node:child_process';
import './guard-node.mjs';
import { startServer } from './serve.mjs';

const build = spawnSync('astro', ['build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);
const port = Number(process.env.PORT ?? 4321);
const base = process.env.BASE_PATH ?? '/';
await startServer({ port, base });
console.log(`\nMetodstödet finns nu på http://localhost:${port}${base}  (avsluta med Ctrl+C)\n`);
