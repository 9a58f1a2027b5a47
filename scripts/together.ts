/**
 * Runs lanes of npm scripts at the same time, each lane's scripts one after another, and fails if any fails:
 * `node scripts/together.ts "check lint" test:coverage` runs the checks and then the lint beside the unit
 * tests. The checks and the lint each keep one core busy, the unit tests' workers share both: side by side
 * they end sooner than one after the other (docs/benchmarks.md, The test run). The checks and the lint share
 * a lane because both write Astro's generated types (`astro sync`), which the other reads.
 *
 * Each script's output is printed whole when it ends, under its name, so no two interleave. A lane stops at
 * its first failure; the other lanes go on to their end, so their reports are not lost.
 */
import { spawn } from 'node:child_process';

const lanes = process.argv.slice(2).map((lane) => lane.split(/\s+/).filter(Boolean));
if (lanes.length === 0 || lanes.some((lane) => lane.length === 0)) {
  console.error('Usage: node scripts/together.ts "SCRIPT [SCRIPT ...]" ... (npm scripts of package.json)');
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
  lanes.map(async (lane) => {
    for (const script of lane) {
      const { code, output, seconds } = await run(script);
      const verdict = code === 0 ? 'passed' : `FAILED (exit code ${code})`;
      process.stdout.write(`\n> npm run ${script}\n${output}`);
      console.log(`npm run ${script}: ${verdict} in ${seconds.toFixed(0)} s`);
      if (code !== 0) {
        failed++;
        return;
      }
    }
  }),
);
process.exit(failed > 0 ? 1 : 0);
