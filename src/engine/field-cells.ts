/**
 * The cells of one requirement's row in the self-assessment table: one per run of levels that ask the same
 * target, so a requirement carried up unchanged is stated once across its levels. Apart from
 * answer-fields.ts, so the island's first load needs none of the scoring code.
 */
import type { LevelId } from '../schemas/ids.ts';
import type { AnswerField } from './answer-fields.ts';

/** One cell: the levels it spans, in order, and their target in words ('' where those levels do not ask). */
export interface FieldCell {
  levels: LevelId[];
  text: string;
  /** Whether that target is an example value (its provenance), so the cell shows it with its mark. */
  illustrative: boolean;
}

/** The cells of a field across `levels` (the offered levels, lowest first); consecutive equal targets merge. */
export function fieldCells(field: AnswerField, levels: readonly LevelId[]): FieldCell[] {
  const cells: FieldCell[] = [];
  for (const level of levels) {
    const target = field.targets.find((t) => t.level === level);
    const text = target?.text ?? '';
    const illustrative = target?.illustrative ?? false;
    const last = cells.at(-1);
    if (last && last.text === text && last.illustrative === illustrative) last.levels.push(level);
    else cells.push({ levels: [level], text, illustrative });
  }
  return cells;
}
