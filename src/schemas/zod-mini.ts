/**
 * `zod/mini` as the site's browser code uses it: without the parsers zod compiles with `new Function`. Even
 * the probe for them, whose error zod swallows, is reported as a violation of the pages' script policy
 * (no `unsafe-eval`), and what is checked in the browser is small enough not to need them.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };
