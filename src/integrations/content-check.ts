import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent } from '../content-check/check.ts';
import { formatProblem, hasErrors, summarize } from '../content-check/report.ts';
import { contentRoot, readContent } from '../content-check/load.ts';

/** Runs the check, logs warnings, and returns the error lines with the summary when there are errors. */
async function run(root: string, logger: AstroIntegrationLogger): Promise<string | undefined> {
  const result = checkContent(await readContent(root));
  for (const problem of result.problems) {
    if (problem.severity === 'warning') logger.warn(formatProblem(problem));
  }
  if (!hasErrors(result)) {
    logger.info(summarize(result));
    return undefined;
  }
  const errors = result.problems.filter((p) => p.severity === 'error').map(formatProblem);
  return [...errors, summarize(result)].join('\n');
}

/**
 * Runs the content check (the same as `npm run check`) before Astro builds: a build with bad content stops
 * with every problem listed as `file:line:column  field  message`. In dev it reports instead of stopping,
 * and again whenever a content file changes, so the preview keeps running while an editor fixes things.
 */
export default function contentCheck(): AstroIntegration {
  let root = '';
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = resolve(fileURLToPath(config.root), contentRoot());
        if (command !== 'build') return;
        const failure = await run(root, logger);
        if (failure) {
          throw new AstroError(
            `The content has problems:\n${failure}`,
            'Each line names the file, line and field; fix them and build again. npm run check lists the same.',
          );
        }
      },
      'astro:server:setup': async ({ server, logger }) => {
        const report = async () => {
          const failure = await run(root, logger);
          if (failure) for (const line of failure.split('\n')) logger.error(line);
        };
        await report();
        server.watcher.on('change', (file) => {
          if (file.startsWith(root) && (file.endsWith('.mdx') || file.endsWith('.json'))) void report();
        });
      },
    },
  };
}
