import { Component, type ComponentChildren } from 'preact';

/** What an island hands down to its marked values: the mark's name in the page's language. */
interface MarkContext {
  mark: string;
}

/**
 * Names the mark for every MarkedValue below it, from the island's text props (the dictionary's markName),
 * so a screen reader hears it in the page's language. Preact's own context of old (getChildContext), which
 * its core holds anyway: createContext would add to every island's first load.
 */
export class MarkName extends Component<{ name: string; children: ComponentChildren }> {
  override getChildContext(): MarkContext {
    return { mark: this.props.name };
  }

  override render() {
    return this.props.children;
  }
}

/** A shown value with its mark when it is an example: the markup of src/components/MarkedValue.astro. */
export function MarkedValue(
  { text, illustrative }: { text: string; illustrative: boolean },
  { mark }: MarkContext,
) {
  return illustrative ? (
    <span class="illustrative" data-illustrative="">
      {text}
      <span class="visually-hidden"> ({mark})</span>
    </span>
  ) : (
    <>{text}</>
  );
}
