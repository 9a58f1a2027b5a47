/**
 * The build's last middleware (added by styles-in-head.ts): each rendered page gets Astro's island style moved
 * from its body to its head before Astro writes it.
 */
import { defineMiddleware } from 'astro:middleware';
import { MOVED_COUNT, moveIslandStyleToHead } from './styles-in-head.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const page = new Uint8Array(await response.arrayBuffer());
  const fixed = moveIslandStyleToHead(page);
  if (fixed !== page) {
    const counter = globalThis as { [MOVED_COUNT]?: number };
    counter[MOVED_COUNT] = (counter[MOVED_COUNT] ?? 0) + 1;
  }
  return new Response(fixed, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
