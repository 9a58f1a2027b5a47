// ESLint's type-aware rules read no `.astro` file (`astro check` does): the tests that render components import them as
// factories.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const component: AstroComponentFactory;
  export default component;
}
