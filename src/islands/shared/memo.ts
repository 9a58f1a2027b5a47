/**
 * A component that renders again only when its props change (Preact's `memo` without preact/compat): a
 * row of a long list then costs one comparison when another row changes.
 */
import { Component, type ComponentChild } from 'preact';

/** True when both have the same keys with the same values (Object.is). */
export function shallowEqual(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => Object.is(x[k], y[k]));
}

/** `render` as a component that skips a render when `same(previous props, next props)`. */
export function memo<P extends object>(
  render: (props: P) => ComponentChild,
  same: (a: P, b: P) => boolean = shallowEqual,
) {
  return class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return !same(this.props, next);
    }
    override render(props: P): ComponentChild {
      return render(props);
    }
  };
}
