// Runs the Astro CLI (npm run dev, typecheck, preview) on the project's Node, with telemetry
// off so that no command contacts anyone: `node scripts/astro.mjs <command> [args]`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import './guard-node.mjs';

const astro = path.resolve('node_modules/astro/bin/astro.mjs');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const r = spawnSync(process.execPath, [astro, ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
