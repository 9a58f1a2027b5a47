/**
 * Runs the W3C Nu HTML Checker (vnu.jar from the vnu-jar package, the checker behind validator.w3.org/nu)
 * once over a build folder: every HTML page, stylesheet and SVG in it, with the checker's own rules.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findJava, javaCandidate } from './java.ts';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

// Which files to check, never which rules: HTML pages, plus CSS and SVG files; other files (scripts, the
// sitemap, the feed) are left alone instead of being parsed as HTML.
const VNU_ARGS = ['--also-check-css', '--also-check-svg', '--skip-non-html', '--verbose', '--format', 'json'];

// A run is short: the quick JIT compiler alone halves its CPU time (about 4 s instead of 8.5 s over the site),
// and its larger stack frames need the bigger thread stack the checker asks for when it overflows.
const JVM_ARGS = ['-XX:TieredStopAtLevel=1', '-Xss2m'];

/** One message of the checker, located by file (relative to the checked folder) and line. */
export interface NuMessage {
  /** The checked file, e.g. "search/index.html"; "" for a message about no file in particular. */
  file: string;
  /** The line where the flagged markup ends (the checker's `lastLine`); 0 when it names none. */
  line: number;
  /** "error" and "non-document-error" fail the gate; "info" covers warnings (subType "warning") and notes. */
  type: 'error' | 'non-document-error' | 'info';
  subType?: string;
  message: string;
}

/** What one run of the checker reports: its messages and the files it checked. */
export interface NuReport {
  messages: NuMessage[];
  checked: string[];
}

/** The message shape of the checker's `--format json` output (the fields this gate reads). */
interface RawMessage {
  type: NuMessage['type'];
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  message: string;
}

/** Runs `java` with `args`; resolves with its output whatever the exit status. */
function run(java: string, args: string[]): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(java, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
  });
}

/**
 * Checks every HTML, CSS and SVG file under `dir` in one run of the checker, with its default rules. `java`
 * overrides the Java binary (default: JAVA_HOME's, else `java` on the PATH). Rejects, saying how to install
 * one, when there is no Java runtime.
 */
export async function checkWithNu(dir: string, { java = javaCandidate() } = {}): Promise<NuReport> {
  const found = findJava(java);
  if (!found.ok) throw new Error(found.why);
  // The checker writes JSON messages to stdout (with --stdout) and, with --verbose, each file it checks to stderr.
  const { stdout, stderr, code } = await run(java, [
    ...JVM_ARGS,
    '-jar',
    VNU_JAR,
    ...VNU_ARGS,
    '--stdout',
    dir,
  ]);
  let raw: { messages: RawMessage[] };
  try {
    raw = JSON.parse(stdout) as { messages: RawMessage[] };
  } catch {
    throw new Error(`The Nu HTML Checker did not report (exit status ${code}):\n${stderr}${stdout}`);
  }
  const fileOf = (path: string) => relative(dir, path).replaceAll('\\', '/');
  // The checker reports files in the order the file system lists them: sort by file, keeping each file's order.
  const messages = raw.messages.map((m): NuMessage => {
    const file = m.url?.startsWith('file:') ? fileOf(fileURLToPath(m.url)) : (m.url ?? '');
    const line = m.lastLine ?? m.firstLine;
    const message: NuMessage = {
      file,
      // With --also-check-css the checker counts the lines of HTML and SVG files from 0 (those of CSS files
      // from 1); the fixtures in test/gates/gates.test.ts show the lines as an editor counts them.
      line: line === undefined ? 0 : file.endsWith('.css') ? line : line + 1,
      type: m.type,
      message: m.message,
    };
    if (m.subType) message.subType = m.subType;
    return message;
  });
  messages.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const checked = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /\.(?:html?|xhtml?|xht|css|svg)$/.test(line))
    .map((line) => fileOf(resolve(line)))
    .sort();
  return { messages, checked };
}

/** The messages that fail the gate: errors, including those about a file the checker could not read. */
export function nuErrors(messages: readonly NuMessage[]): NuMessage[] {
  return messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
}

/** One line per message, "page:line  message", for a readable test failure. */
export function formatNuMessages(messages: readonly NuMessage[]): string {
  return messages.map((m) => `${m.file}:${m.line}  ${m.message}`).join('\n');
}
