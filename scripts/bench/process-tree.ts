/** Running a command while sampling its process tree from /proc (Linux): peak memory, CPU time, timed log. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const SAMPLE_MS = 100;

/** How often the tree is sampled, for the report. */
export const SAMPLE_INTERVAL_MS = SAMPLE_MS;

/** Resident memory (bytes) and CPU time used so far (seconds) of a process tree, read from /proc (Linux). */
function sampleTree(rootPid: number): { rss: number; cpu: number } {
  const children = new Map<number, number[]>();
  const cpuTicks = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces: state, ppid, ...
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
      // utime + stime + cutime + cstime: the process's own time and that of its ended children.
      cpuTicks.set(
        Number(name),
        [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0),
      );
    } catch {
      // The process ended between listing and reading.
    }
  }
  let rss = 0;
  let ticks = 0;
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop() as number;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      rss += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      continue;
    }
    ticks += cpuTicks.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  // Linux reports CPU time in clock ticks of 1/100 s (CLK_TCK) on every common architecture.
  return { rss, cpu: ticks / 100 };
}

/** A line of output and when it arrived, in seconds since the command started. */
export interface LogLine {
  at: number;
  text: string;
}

export interface SampledRun {
  seconds: number;
  /** Highest resident memory of the tree, bytes. */
  peak: number;
  /** User + system CPU time of the tree, seconds. */
  cpu: number;
  /** stdout and stderr, line by line, timed on arrival (pipes are synchronous on Linux, so promptly). */
  lines: LogLine[];
}

/** Runs one command to its end, sampling its process tree; throws with the log's tail when it fails. */
export async function runSampled(
  program: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<SampledRun> {
  const started = performance.now();
  const child = spawn(program, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: LogLine[] = [];
  const pending = { stdout: '', stderr: '' };
  const collect = (stream: keyof typeof pending) => (chunk: Buffer) => {
    const at = (performance.now() - started) / 1000;
    const parts = (pending[stream] + chunk.toString()).split('\n');
    pending[stream] = parts.pop() ?? '';
    for (const text of parts) lines.push({ at, text });
  };
  child.stdout.on('data', collect('stdout'));
  child.stderr.on('data', collect('stderr'));
  let peak = 0;
  let cpu = 0;
  const sampler = setInterval(() => {
    if (!child.pid) return;
    const sample = sampleTree(child.pid);
    peak = Math.max(peak, sample.rss);
    cpu = Math.max(cpu, sample.cpu);
  }, SAMPLE_MS);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const seconds = (performance.now() - started) / 1000;
  for (const rest of Object.values(pending)) if (rest) lines.push({ at: seconds, text: rest });
  if (code !== 0) {
    const tail = lines.map((l) => l.text).join('\n');
    throw new Error(`${[program, ...args].join(' ')} failed (exit ${code}):\n${tail.slice(-4000)}`);
  }
  return { seconds, peak, cpu, lines };
}
