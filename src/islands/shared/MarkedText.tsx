import type { Segments } from '../../domain/provenance.ts';
import { MarkedValue } from './MarkedValue.tsx';

/** Text with marked values in it (Segments), each value through MarkedValue. */
export function MarkedText({ value }: { value: Segments }) {
  return (
    <>
      {value.map((p) =>
        typeof p === 'string' ? p : <MarkedValue key={p.text} text={p.text} illustrative={p.illustrative} />,
      )}
    </>
  );
}
