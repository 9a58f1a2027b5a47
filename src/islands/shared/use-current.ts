/**
 * A state that handlers read as last set, even before the render that shows it: two quick edits in a row,
 * or an edit made while code loads, each build on the one before.
 */
import { useRef, useState } from 'preact/hooks';

/** The value to render, the way to set it, and the value as last set (`nowRef.current`). */
export function useCurrent<T>(first: T): [T, (next: T) => void, { readonly current: T }] {
  const [value, setValue] = useState(first);
  const nowRef = useRef(first);
  const put = (next: T): void => {
    nowRef.current = next;
    setValue(next);
  };
  return [value, put, nowRef];
}
