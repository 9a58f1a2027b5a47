/**
 * The verdict under a competency's announced rules beside the current one, and what they change for the
 * partner's figures (compareAnnounced in src/engine/announced.ts). Lazily loaded with the scoring code; it
 * renders nothing on a competency without announced rules.
 */
import { compareAnnounced, givenAnswers } from '../../engine/announced.ts';
import type { CompetencyAssessment } from '../../engine/types.ts';
import { ID_LABELS, type ExplorerLabels, type Named } from '../../domain/labels.ts';
import type { CompetencyRules } from '../../domain/rules.ts';
import { plainText } from '../../domain/provenance.ts';
import type { BusinessModelId, LevelId } from '../../schemas/ids.ts';
import { Announcer } from '../shared/Announcer.tsx';
import { MarkedText } from '../shared/MarkedText.tsx';
import { fillParts } from '../../text/fill-parts.ts';
import { islandTranslator, type IslandWords } from '../../text/translate.ts';

/** What the widget's data holds for this view: the rules, and level and business model titles. */
interface AnnouncedData {
  rules: CompetencyRules;
  levels: Readonly<Record<string, string>>;
  models: readonly Named<BusinessModelId>[];
  words: IslandWords;
}

/** The levels and business models as the page names them, for the sentences. */
function labelsOf(data: AnnouncedData): ExplorerLabels {
  const levels = Object.entries(data.levels).map(([id, title]) => ({ id: id as LevelId, title }));
  return { ...ID_LABELS, levels, models: data.models };
}

/**
 * The result under the announced rules, beside the current one, once the partner has answered; nothing
 * before, or when none are announced.
 */
export function Announced({ data, result }: { data: AnnouncedData; result: CompetencyAssessment }) {
  // Not offered here: the result bar says why, and announced rules change no availability.
  if (result.status !== 'assessed') return null;
  // The page promises the result under both rules once the partner answers: not before.
  const answers = givenAnswers(result);
  if (Object.keys(answers).length === 0) return null;
  const t = islandTranslator(data.words);
  const cmp = compareAnnounced(data.rules, result, result.context, answers, t, labelsOf(data));
  if (cmp === null) return null;
  const now = result.headline.value;
  return (
    <section class="sa-announced" aria-labelledby="sa-announced-h">
      <h4 id="sa-announced-h">
        <MarkedText value={fillParts(t.raw('more.announced.heading'), { date: cmp.date })} />
      </h4>
      <ul class="sa-verdicts" role="list">
        <li>
          {`${t('more.announced.current')} `}
          <strong>{now}</strong>
        </li>
        <li>
          <MarkedText value={cmp.label} />
          <strong>{cmp.value}</strong>
        </li>
      </ul>
      {cmp.changes.length > 0 && (
        <ul class="sa-gaps">
          {cmp.changes.map((c) => (
            <li key={`${c.level}-${c.id}`}>
              <MarkedText value={c.text} />
            </li>
          ))}
        </ul>
      )}
      <Announcer watch={cmp.value} say={() => plainText(cmp.label) + cmp.value + t('list.stop')} />
    </section>
  );
}
