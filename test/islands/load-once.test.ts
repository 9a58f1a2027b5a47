import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from '../../src/islands/shared/load-once.ts';

/** Settles once the current task's microtasks have run, before any later task. */
const nextTask = (): Promise<'task'> => new Promise((resolve) => setTimeout(() => resolve('task'), 0));

describe('loadOnce', () => {
  it('loads once for calls made while it loads', async () => {
    const load = vi.fn(() => Promise.resolve({ name: 'tools' }));
    const tools = loadOnce(load);
    const [a, b] = await Promise.all([tools(), tools()]);

    expect(b).toBe(a);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads the module no more once it is loaded', async () => {
    const load = vi.fn(() => Promise.resolve({ name: 'tools' }));
    const tools = loadOnce(load);
    const first = await tools();
    expect(await tools()).toBe(first);
    expect(await tools()).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('hands out a loaded module within the same task, even when loading again would settle later', async () => {
    // Like a repeated import(): settles only in a later task.
    const tools = loadOnce(() => nextTask().then(() => ({ name: 'tools' })));
    await tools();
    const later = nextTask(); // scheduled before any load the call below might start
    expect(await Promise.race([tools().then(() => 'kept'), later])).toBe('kept');
  });

  it('tries again after a failed load', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue({ name: 'tools' });
    const tools = loadOnce(load);
    await expect(tools()).rejects.toThrow('offline');
    await expect(tools()).resolves.toEqual({ name: 'tools' });
  });
});
