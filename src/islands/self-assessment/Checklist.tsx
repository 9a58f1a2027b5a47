import { answerFields } from '../../engine/answer-fields.ts';
import { titleOf } from '../../domain/wording.ts';
import { evidenceIllustrative } from '../../domain/provenance.ts';
import { MarkedValue } from '../shared/MarkedValue.tsx';
import { offeredLevels, type CompetencyRules } from '../../domain/rules.ts';
import type { BusinessModelId } from '../../schemas/ids.ts';

/**
 * The printable checklist the page shows in <noscript> next to the widget (rendered on the server only): per business model, each requirement with its target
 * at each level, the evidence it needs and an empty column to write the partner's own figure in.
 */
export function Checklist(props: {
  rules: CompetencyRules;
  models: readonly { id: BusinessModelId; title: string }[];
}) {
  const { rules, models } = props;
  return (
    <div class="sa-checklist">
      <p>
        <strong>The interactive self-assessment needs JavaScript.</strong> Print this checklist instead and
        write your own figures in the last column.
      </p>
      {models
        .filter((m) => offeredLevels(rules, m.id).length > 0)
        .map((m) => {
          const levels = offeredLevels(rules, m.id);
          return (
            <table key={m.id}>
              <caption>
                {rules.title} checklist for {m.title} partners
              </caption>
              <thead>
                <tr>
                  <th scope="col">Requirement</th>
                  {levels.map((l) => (
                    <th scope="col" key={l}>
                      {titleOf(l)}
                    </th>
                  ))}
                  <th scope="col">Evidence</th>
                  <th scope="col">Your figure</th>
                </tr>
              </thead>
              <tbody>
                {answerFields(rules, m.id).map((f) => (
                  <tr key={f.id}>
                    <th scope="row">{f.requirement.label}</th>
                    {levels.map((l) => {
                      const target = f.targets.find((t) => t.level === l);
                      return (
                        <td key={l} data-label={titleOf(l)}>
                          {target ? <MarkedValue {...target} /> : 'Not asked'}
                        </td>
                      );
                    })}
                    <td data-label="Evidence">
                      <MarkedValue
                        text={f.requirement.evidence}
                        illustrative={evidenceIllustrative(f.requirement)}
                      />
                    </td>
                    <td data-label="Your figure"></td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })}
    </div>
  );
}
