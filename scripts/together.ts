/**
 * Runs npm scripts at the same time and fails if any fails: `node scripts/together.ts lint test:coverage`.
 * `npm test` runs the lint beside the unit tests: the lint keeps one core busy and the unit tests' worker the
 * other, where one after the other left a core idle through each (docs/benchmarks.md, The test run).
 *
 * Each script's output is printed whole when it ends, under its name, so the two never interleave; a script
 * still running when another fails goes on to its end, so its own report is not lost either.
 */
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('Usage: node scripts/together.ts SCRIPT [SCRIPT ...] (npm scripts of package.json)');
  process.exit(2);
}

/** Runs `npm run <script>`, its output kept; resolves with its exit code and output once it ends. */
function run(script: string): Promise<{ script: string; code: number; output: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      env: { ...process.env, FORCE_COLOR: process.env['FORCE_COLOR'] ?? (process.stdout.isTTY ? '1' : '0') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = (code: number) =>
      resolve({
        script,
        code,
        output: Buffer.concat(chunks).toString('utf8'),
        seconds: (performance.now() - started) / 1000,
      });
    child.on('error', (error) => {
      chunks.push(Buffer.from(`${error.message}\n`));
      done(1);
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

let failed = 0;
await Promise.all(
  scripts.map(async (script) => {
    const { code, output, seconds } = await run(script);
    const verdict = code === 0 ? 'passed' : `FAILED (exit code ${code})`;
    process.stdout.write(`\n> npm run ${script}\n${output}`);
    console.log(`npm run ${script}: ${verdict} in ${seconds.toFixed(0)} s`);
    if (code !== 0) failed++;
  }),
);
process.exit(failed > 0 ? 1 : 0);
