/**
 * An isolated copy of the project, so the benchmark never touches dist/, .astro/ or the content cache. It is
 * a git repository with its content committed, so the build reads last-updated dates as it does at home.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { REPO } from './paths.ts';
import { TRANSLATIONS_DIR } from '../../src/schemas/translation.ts';

/** Astro resolves --config against the project root, so the name is relative. */
export const CONFIG_NAME = 'bench.config.mjs';

/** Set to 1 in a build's environment, the benchmark's config drops the i18n routing: English pages only. */
export const ONE_LANGUAGE_ENV = 'BENCH_ONE_LANGUAGE';

export interface Sandbox {
  /** The checkout the sandbox was copied from: its package.json names the build's commands, its scripts run. */
  source: string;
  root: string;
  content: string;
  outDir: string;
}

/**
 * A temporary copy of the files a build reads, from this checkout or another (`variantSource`), linked to the
 * repository's node_modules: a variant builds with the same installed packages.
 */
export function createSandbox(source: string = REPO): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'competency-bench-'));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(source, entry))) cpSync(join(source, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  // Astro's default cacheDir sits in node_modules, which is the repository's own through the link above.
  // A deliberately slowed build (slow-scoring.ts), or one in English only (the languages scenario), when the
  // benchmark asks for one through the environment.
  const plugin = JSON.stringify(join(REPO, 'scripts/bench/slow-scoring.ts'));
  writeFileSync(
    join(root, CONFIG_NAME),
    "import config from './astro.config.mjs';\n" +
      `import { SLOW_SCORING_ENV, slowScoringPlugin } from ${plugin};\n` +
      'const slow = Number(process.env[SLOW_SCORING_ENV] ?? 0);\n' +
      `const oneLanguage = process.env[${JSON.stringify(ONE_LANGUAGE_ENV)}] === '1';\n` +
      "export default { ...config, cacheDir: './.bench-cache/', outDir: './dist/',\n" +
      '  i18n: oneLanguage ? undefined : config.i18n,\n' +
      '  vite: { ...config.vite, plugins: [...(config.vite?.plugins ?? []), ...(slow > 0 ? [slowScoringPlugin(slow)] : [])] } };\n',
  );
  return { source, root, content: join(root, 'content'), outDir: join(root, 'dist') };
}

/** The checkout of a variant: a folder as it is, or a git ref's committed tree, extracted to a temporary one. */
export interface VariantSource {
  /** The ref or folder as given, for the report. */
  name: string;
  dir: string;
  /** The ref's commit, short; undefined for a folder. */
  commit: string | undefined;
  /** Removes what was extracted (never a folder that was given). */
  remove: () => void;
}

export function variantSource(refOrDir: string): VariantSource {
  if (existsSync(refOrDir) && statSync(refOrDir).isDirectory())
    return { name: refOrDir, dir: resolve(refOrDir), commit: undefined, remove: () => {} };
  const rev = spawnSync('git', ['rev-parse', '--short', '--verify', `${refOrDir}^{commit}`], {
    cwd: REPO,
    encoding: 'utf8',
  });
  if (rev.status !== 0) throw new Error(`--against: "${refOrDir}" is neither a folder nor a git ref here`);
  const dir = mkdtempSync(join(tmpdir(), 'competency-bench-variant-'));
  // Its content too, for a comparison that builds each side's own (the interaction benchmark).
  const paths = ['src', 'public', 'scripts', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
  const tree = spawnSync('git', ['ls-tree', '--name-only', refOrDir, '--', ...paths], {
    cwd: REPO,
    encoding: 'utf8',
  })
    .stdout.split('\n')
    .filter(Boolean);
  const archive = spawnSync('git', ['archive', '--format=tar', refOrDir, '--', ...tree], {
    cwd: REPO,
    maxBuffer: 1024 ** 3,
  });
  const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
  if (archive.status !== 0 || untar.status !== 0)
    throw new Error(`--against: could not extract "${refOrDir}"`);
  // Its scripts (the search index) import packages: the repository's.
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    name: refOrDir,
    dir,
    commit: rev.stdout.trim(),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
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
 * lock, the reference profiles and the competencies' translations, which record, answer and translate the
 * real competencies only.
 */
export function fillContent(
  sandbox: Sandbox,
  generated?: (dir: string) => void,
  from: string = join(REPO, 'content'),
): void {
  rmSync(sandbox.content, { recursive: true, force: true });
  rmSync(join(sandbox.root, '.git'), { recursive: true, force: true });
  for (const entry of readdirSync(from)) {
    if (generated && ['competencies', 'profiles', 'rules-lock.json'].includes(entry)) continue;
    cpSync(join(from, entry), join(sandbox.content, entry), { recursive: true });
  }
  const translations = join(sandbox.content, TRANSLATIONS_DIR);
  if (generated && existsSync(translations)) {
    for (const lang of readdirSync(translations))
      rmSync(join(translations, lang, 'competencies'), { recursive: true, force: true });
  }
  generated?.(join(sandbox.content, 'competencies'));
  git(sandbox.root, 'init', '--quiet');
  git(sandbox.root, 'add', 'content');
  git(sandbox.root, 'commit', '--quiet', '--no-verify', '-m', 'Content');
}

/** The environment of every command run in the sandbox. */
export function sandboxEnv(sandbox: Sandbox, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...extra,
    CONTENT_DIR: sandbox.content,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
}
