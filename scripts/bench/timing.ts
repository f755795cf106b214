// Reads GNU `time -v` output and summarises repeated measurements.

export interface TimeV {
  /** Largest single process of the tree ("Maximum resident set size"), MB. */
  peakRssMb: number | null;
  /** User + system CPU seconds of the whole tree. */
  cpuS: number | null;
}

export function parseTimeV(text: string): TimeV {
  const num = (label: string) => {
    const m = new RegExp(`^\\s*${label}[^:]*:\\s*([\\d.]+)\\s*$`, 'm').exec(text);
    return m ? Number(m[1]) : null;
  };
  const rssKb = num('Maximum resident set size');
  const user = num('User time');
  const sys = num('System time');
  return {
    peakRssMb: rssKb == null ? null : Math.round(rssKb / 1024),
    cpuS: user == null || sys == null ? null : Math.round((user + sys) * 100) / 100,
  };
}

export function median(xs: (number | null)[]): number | null {
  const s = xs.filter((x): x is number => typeof x === 'number').sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : Math.round(((s[m - 1] + s[m]) / 2) * 100) / 100;
}
