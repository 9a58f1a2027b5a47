import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, test, vi } from 'vitest';
import contentCheck from '../../src/integrations/content-check.ts';

type SetupHook = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

function logger(lines: string[]): AstroIntegrationLogger {
  const log = (line: string) => lines.push(line);
  return { info: log, warn: log, error: log, debug: log } as unknown as AstroIntegrationLogger;
}

async function setup(contentDir: string, command: 'build' | 'dev', lines: string[] = []): Promise<void> {
  vi.stubEnv('CONTENT_DIR', contentDir);
  const hook = contentCheck().hooks['astro:config:setup'] as SetupHook;
  await hook({
    config: { root: pathToFileURL(`${process.cwd()}/`) },
    command,
    logger: logger(lines),
  } as unknown as Parameters<SetupHook>[0]);
}

describe('contentCheck integration', () => {
  let dir: string | undefined;

  afterEach(() => {
    vi.unstubAllEnvs();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('lets a build with good content go on, logging the summary', async () => {
    const lines: string[] = [];

    await setup('test/fixtures/content/good', 'build', lines);

    expect(lines).toEqual(['Content OK: 2 competencies, 2 levels, 2 business models, 2 regions, 3 tiers']);
  });

  test('rejects a build with bad content, listing each problem as the check prints it', async () => {
    dir = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync('test/fixtures/content/good', dir, { recursive: true });
    cpSync(
      'test/fixtures/content/bad/competencies/expert-below-principal.mdx',
      join(dir, 'competencies', 'x.mdx'),
    );

    const build = setup(dir, 'build');

    await expect(build).rejects.toThrow(
      `${dir}/competencies/x.mdx:25:9  requirements.expert.integrate[0].count  Expert asks for 1, less than Principal's 2`,
    );
    await expect(build).rejects.toThrow('1 problem in 1 file (1 warning)');
  });

  test('rejects a build with scaffold placeholders left, naming file, line and field', async () => {
    dir = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync('test/fixtures/content/good', dir, { recursive: true });
    cpSync('test/fixtures/content/bad/competencies/placeholder.mdx', join(dir, 'competencies', 'x.mdx'));

    const build = setup(dir, 'build');

    await expect(build).rejects.toThrow(
      `${dir}/competencies/x.mdx:3:1  summary  placeholder text left from the scaffold`,
    );
  });

  test('does not check in dev until the server starts', async () => {
    const lines: string[] = [];

    await setup('test/fixtures/content/bad', 'dev', lines);

    expect(lines).toEqual([]);
  });
});
