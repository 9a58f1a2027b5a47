/**
 * An isolated copy of the project, so the benchmark never touches dist/, .astro/ or the content cache. It is
 * a git repository with its content committed, so the build reads last-updated dates as it does at home.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from './paths.ts';

/** Astro resolves --config against the project root, so the name is relative. */
export const CONFIG_NAME = 'bench.config.mjs';

export interface Sandbox {
  root: string;
  content: string;
  outDir: string;
}

/** A temporary copy of the files a build reads, linked to the repository's node_modules. */
export function createSandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'competency-bench-'));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(REPO, entry))) cpSync(join(REPO, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  // Astro's default cacheDir sits in node_modules, which is the repository's own through the link above.
  writeFileSync(
    join(root, CONFIG_NAME),
    "import config from './astro.config.mjs';\n" +
      "export default { ...config, cacheDir: './.bench-cache/', outDir: './dist/' };\n",
  );
  return { root, content: join(root, 'content'), outDir: join(root, 'dist') };
}

function git(root: string, ...args: string[]): void {
  spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], {
    cwd: root,
    stdio: 'ignore',
  });
}

/**
 * Fills the sandbox's content folder with the repository's content: levels, business models, regions, tiers
 * and whatever else is there, and commits it. `generated` replaces the competencies and leaves out the rules
 * lock, which records the real competencies only.
 */
export function fillContent(sandbox: Sandbox, generated?: (dir: string) => void): void {
  rmSync(sandbox.content, { recursive: true, force: true });
  rmSync(join(sandbox.root, '.git'), { recursive: true, force: true });
  for (const entry of readdirSync(join(REPO, 'content'))) {
    if (generated && (entry === 'competencies' || entry === 'rules-lock.json')) continue;
    cpSync(join(REPO, 'content', entry), join(sandbox.content, entry), { recursive: true });
  }
  generated?.(join(sandbox.content, 'competencies'));
  git(sandbox.root, 'init', '--quiet');
  git(sandbox.root, 'add', 'content');
  git(sandbox.root, 'commit', '--quiet', '--no-verify', '-m', 'Content');
}

/** The environment of every command run in the sandbox. */
export function sandboxEnv(sandbox: Sandbox): NodeJS.ProcessEnv {
  return { ...process.env, CONTENT_DIR: sandbox.content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
}
