/**
 * The Java runtime the W3C Nu HTML Checker runs on: JAVA_HOME's, else `java` on the PATH, accepted only when it
 * says it is version 17 or newer. A name on the PATH is not enough: macOS ships a `java` that only asks the user to
 * install one.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The oldest Java the checker runs on. */
export const MIN_JAVA = 17;

/** How to get a Java runtime, for the messages below. */
const HOW_TO_GET =
  'Install one (Debian/Ubuntu: `sudo apt-get install -y default-jre-headless`; macOS: `brew install openjdk`) or ' +
  'set JAVA_HOME to a Java installation.';

/** A usable Java, or why there is none. */
export type JavaLookup = { ok: true; java: string; major: number } | { ok: false; why: string };

/** The major version in `java -version` output ('openjdk version "17.0.15"' is 17, '"1.8.0_392"' is 8), or null. */
export function javaMajor(versionOutput: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** The Java binary to try: JAVA_HOME's, else `java` on the PATH. */
export function javaCandidate(env: NodeJS.ProcessEnv = process.env): string {
  const home = env['JAVA_HOME'];
  return home ? join(home, 'bin', 'java') : 'java';
}

/** Runs `java -version` and accepts the runtime when it reports 17 or newer. Never throws. */
export function findJava(java = javaCandidate()): JavaLookup {
  const run = spawnSync(java, ['-version'], { encoding: 'utf8', timeout: 30_000 });
  if (run.error) {
    return {
      ok: false,
      why: `The W3C Nu HTML Checker needs a Java runtime (${MIN_JAVA} or newer), and none was found at ${java}. ${HOW_TO_GET}`,
    };
  }
  const major = javaMajor(`${run.stderr}${run.stdout}`);
  if (major === null || run.status !== 0) {
    return {
      ok: false,
      why: `${java} did not report a Java version, so it is not a usable Java runtime (${MIN_JAVA} or newer). ${HOW_TO_GET}`,
    };
  }
  if (major < MIN_JAVA) {
    return {
      ok: false,
      why: `The W3C Nu HTML Checker needs Java ${MIN_JAVA} or newer; ${java} is Java ${major}. ${HOW_TO_GET}`,
    };
  }
  return { ok: true, java, major };
}

/**
 * Whether the Nu checker's tests run here: with a usable Java, always; without one they fail under CI=true (CI
 * installs a Java, so a missing one is a broken set-up) and elsewhere are left out with one line saying so.
 */
export function nuCheckerRuns(env: NodeJS.ProcessEnv = process.env): boolean {
  const found = findJava(javaCandidate(env));
  if (found.ok || env['CI']) return true;
  console.warn(`The W3C Nu HTML Checker (the reference validator) did not run: ${found.why}`);
  return false;
}
