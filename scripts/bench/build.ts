// One timed `astro build` in the scratch copy: wall time here, CPU and peak
// RSS from GNU time, the build log kept beside the results.
import { spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseTimeV } from './timing.ts';

export interface BuildResult {
  wallS: number;
  cpuS: number | null;
  peakRssMb: number | null;
  loadavg1m: number | null;
}

export const findTimeBin = (env = process.env): string | null =>
  env.TIME_BIN ?? (existsSync('/usr/bin/time') ? '/usr/bin/time' : null);

export const loadavg1m = (): number | null => {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return null;
  }
};

export function timedBuild(site: string, logBase: string, timeBin: string | null): BuildResult {
  const load = loadavg1m();
  const out = openSync(`${logBase}.log`, 'w');
  const timeLog = `${logBase}.time`;
  // What `npm run build` runs (scripts/build.mjs: astro build with a heap limit sized to the content).
  const build = ['node', 'scripts/build.mjs'];
  const cmd = timeBin ? [timeBin, '-v', '-o', timeLog, ...build] : build;
  const env = {
    ...process.env,
    PATH: `${path.join(site, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}`,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const t0 = performance.now();
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd: site, env, stdio: ['ignore', out, out] });
  const wallS = Math.round((performance.now() - t0) / 10) / 100;
  closeSync(out);
  if (r.status !== 0) {
    const tail = readFileSync(`${logBase}.log`, 'utf8').split('\n').slice(-30).join('\n');
    throw new Error(`astro build failed (see ${logBase}.log):\n${tail}`);
  }
  const t =
    timeBin && existsSync(timeLog) ? parseTimeV(readFileSync(timeLog, 'utf8')) : { cpuS: null, peakRssMb: null };
  return { wallS, cpuS: t.cpuS, peakRssMb: t.peakRssMb, loadavg1m: load };
}
