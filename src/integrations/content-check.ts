import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent } from '../content-check/check.ts';
import { checkInWorker, contentChecked } from '../content-check/in-worker.ts';
import { reportOf, type CheckReport } from '../content-check/report.ts';
import { contentRoot, readContent } from '../content-check/load.ts';

/** Logs a report's warnings and summary; returns its error lines with the summary when there are errors. */
function told(report: CheckReport, logger: AstroIntegrationLogger): string | undefined {
  for (const line of report.warnings) logger.warn(line);
  if (report.failure === undefined) logger.info(report.summary);
  return report.failure;
}

/** A build stops on content errors, each line naming file, line and field. */
function stop(failure: string | undefined): void {
  if (failure === undefined) return;
  throw new AstroError(
    `The content has problems:\n${failure}`,
    'Each line names the file, line and field; fix them and build again. npm run check lists the same.',
  );
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
      'astro:config:setup': ({ config, command, logger }) => {
        root = resolve(fileURLToPath(config.root), contentRoot());
        if (command !== 'build') return;
        // Checked while Astro starts; the content loader and the build's start wait for it.
        void checkInWorker(root, (report) => stop(told(report, logger)));
      },
      'astro:build:start': () => contentChecked(),
      'astro:server:setup': async ({ server, logger }) => {
        const report = async () => {
          const failure = told(reportOf(checkContent(await readContent(root))), logger);
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
