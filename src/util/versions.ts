/** Rules versions such as "1.2" or "1.2.0": numbers joined by dots, compared as numbers, not as text. */

/** Orders two versions such as "1.2" and "1.10" by their numbers; negative when a comes first. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The next minor version, as a suggestion to editors: "1.0" becomes "1.1". */
export function nextVersion(version: string): string {
  const [major = '1', minor = '0'] = version.split('.');
  return `${major}.${Number(minor) + 1}`;
}
