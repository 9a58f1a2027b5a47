/**
 * What hydrates a Preact island in a build: @astrojs/preact's client (its renderer stays on the server) less
 * what this site's islands never use, Preact signals in props and slotted children; their props are plain
 * JSON and they take no children (test/gates/site/budgets.test.ts fails on a page that would need them). That
 * code was about 500 B of gzip on every island page's first load. `astro dev` keeps @astrojs/preact's own.
 */
import { h, hydrate, render, type ComponentType, type VNode } from 'preact';

/** Astro calls this with the island's element, then with its component, props, slots and directive. */
export default (element: HTMLElement) =>
  (Component: ComponentType, props: object, _slots: object, { client }: { client: string }): void => {
    if (!element.hasAttribute('ssr')) return;
    const island: VNode & { _mask?: number[]; __m?: number[] } = h(Component, props);
    // The server numbers each island, so that ids made with useId there and here are the same.
    const id = element.getAttribute('data-preact-island-id');
    if (id !== null) island._mask = island.__m = [Number(id), 0];
    if (client === 'only') {
      element.innerHTML = '';
      render(island, element);
    } else hydrate(island, element);
    element.addEventListener('astro:unmount', () => render(null, element), { once: true });
  };
