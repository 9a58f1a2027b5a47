import { answerFields } from '../../engine/answer-fields.ts';
import { countingRules } from '../../domain/counting.ts';
import { titleOf } from '../../domain/wording.ts';
import { evidenceIllustrative } from '../../domain/provenance.ts';
import { MarkedValue, MarkName } from '../shared/MarkedValue.tsx';
import { offeredLevels, type CompetencyRules } from '../../domain/rules.ts';
import type { BusinessModelId } from '../../schemas/ids.ts';
import type { Translate } from '../../text/text.ts';

/**
 * The printable checklist the page shows in <noscript> next to the widget (rendered on the server only): per business model, each requirement with its target
 * at each level, the evidence it needs and an empty column to write the partner's own figure in.
 */
export function Checklist(props: {
  rules: CompetencyRules;
  models: readonly { id: BusinessModelId; title: string }[];
  /** The page's words: the checklist is rendered on the server only, so it asks the dictionary itself. */
  t: Translate;
}) {
  const { rules, models, t } = props;
  return (
    <MarkName name={t('site.markName')}>
      <div class="sa-checklist">
        <p>
          <strong>{t('checklist.needsJs')}</strong> {t('checklist.printInstead')}
        </p>
        {models
          .filter((m) => offeredLevels(rules, m.id).length > 0)
          .map((m) => {
            const levels = offeredLevels(rules, m.id);
            return (
              <table key={m.id}>
                <caption>{t('checklist.caption', { competency: rules.title, model: m.title })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('widget.requirement')}</th>
                    {levels.map((l) => (
                      <th scope="col" key={l}>
                        {titleOf(l)}
                      </th>
                    ))}
                    <th scope="col">{t('checklist.evidence')}</th>
                    <th scope="col">{t('widget.yourFigure')}</th>
                  </tr>
                </thead>
                <tbody>
                  {answerFields(rules, m.id, t).map((f) => (
                    <tr key={f.id}>
                      <th scope="row">{f.requirement.label}</th>
                      {levels.map((l) => {
                        const target = f.targets.find((t) => t.level === l);
                        return (
                          <td key={l} data-label={titleOf(l)}>
                            {target ? <MarkedValue {...target} /> : t('widget.notAsked')}
                          </td>
                        );
                      })}
                      <td data-label={t('checklist.evidence')}>
                        <MarkedValue
                          text={f.requirement.evidence}
                          illustrative={evidenceIllustrative(f.requirement)}
                        />
                        {countingRules(f.requirement, t).map((rule) => (
                          <span class="sa-counting" key={rule.text}>
                            <MarkedValue {...rule} />
                          </span>
                        ))}
                      </td>
                      <td data-label={t('widget.yourFigure')}></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          })}
      </div>
    </MarkName>
  );
}
