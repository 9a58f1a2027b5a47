import type { RecordSource } from '../../schemas/record.ts';
import { formatDay } from '../../text/days.ts';
import type { Translate } from '../../text/translate.ts';

/** Who entered an entry and the day it came ("From Dana, 7 December 2026"), when a colleague's reply brought it. */
export function ByNote({ t, by, id }: { t: Translate; by: RecordSource | undefined; id?: string }) {
  if (!by) return null;
  return (
    <span class="ws-by" id={id}>
      {t('workspace.by', { name: by.name, day: formatDay(t.formats, by.at.slice(0, 10)) })}
    </span>
  );
}
