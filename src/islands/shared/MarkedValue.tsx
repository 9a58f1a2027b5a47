import { MARK_NAME } from '../../domain/provenance.ts';

/** A shown value with its mark when it is an example: the markup of src/components/MarkedValue.astro. */
export function MarkedValue({ text, illustrative }: { text: string; illustrative: boolean }) {
  return illustrative ? (
    <span class="illustrative" data-illustrative="">
      {text}
      <span class="visually-hidden"> ({MARK_NAME})</span>
    </span>
  ) : (
    <>{text}</>
  );
}
