/**
 * Zod for the content's schemas, set up before any schema is made. In the browser it runs without its
 * compiled parsers: making one probes for `new Function`, which the Content-Security-Policy refuses and
 * reports. Every schema module takes `z` from here, so the setting comes first whichever chunk loads first
 * (zod-mini.ts does the same for the browser's own schemas). A build keeps them: they parse faster.
 */
import { z } from 'astro/zod';

if (typeof document !== 'undefined') z.config({ jitless: true });

export { z };
