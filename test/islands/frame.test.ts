import { afterEach, describe, expect, test, vi } from 'vitest';
import { inForeignFrame } from '../../src/islands/shared/frame.ts';

/** A window whose `top` is `top` and whose origin is https://site.example. */
function stubWindow(top: unknown): void {
  vi.stubGlobal('origin', 'https://site.example');
  vi.stubGlobal('top', top);
}

describe('inForeignFrame', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  test('returns false for a page in its own tab', () => {
    stubWindow(globalThis);

    expect(inForeignFrame()).toBe(false);
  });

  test('returns false in a frame of a page of the same origin', () => {
    stubWindow({ origin: 'https://site.example' });

    expect(inForeignFrame()).toBe(false);
  });

  test('returns true in a frame of another origin whose origin can be read', () => {
    stubWindow({ origin: 'https://site.example:8443' });

    expect(inForeignFrame()).toBe(true);
  });

  test('returns true when reading the top page throws, as from any other origin', () => {
    stubWindow({
      get origin(): string {
        throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
      },
    });

    expect(inForeignFrame()).toBe(true);
  });
});
