// npm start: build the site (with search index) and serve it on http://localhost:4321
// (PORT=… to change the port, BASE_PATH=/sökväg/ to serve under a sub-path).
import './guard-node.mjs';
import { astroBuild } from './build.mjs';
import { startServer } from './static-server.mjs';

const status = astroBuild();
if (status !== 0) process.exit(status);
const port = Number(process.env.PORT ?? 4321);
const base = process.env.BASE_PATH ?? '/';
await startServer({ port, base });
console.log(`\nMetodstödet finns nu på http://localhost:${port}${base}  (avsluta med Ctrl+C)\n`);
