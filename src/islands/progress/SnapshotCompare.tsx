import type { ComponentChildren } from 'preact';
import type { RequirementStatus } from '../../domain/requirement-status.ts';
import type { CompetencyDiff } from '../../engine/snapshot-diff.ts';
import type { VerdictState } from '../../engine/versioning.ts';
import type { Snapshot } from '../../persistence/snapshots.ts';
import type { AnswerValue } from '../../schemas/answers.ts';
import type { LevelId } from '../../schemas/ids.ts';
import type { Translate } from '../../text/translate.ts';
import { StatusIcon } from '../shared/StatusIcon.tsx';
import { Table } from './Table.tsx';
import { TierName } from './TierName.tsx';
import type { ProgressModel } from './use-progress.ts';

/** A requirement's state in a cell: its icon and word, or "Not asked" at a level that did not ask for it. */
function State({ state, t }: { state: VerdictState; t: Translate }) {
  if (state === 'absent') return <>{t('progress.diff.notAsked')}</>;
  const status: RequirementStatus = state;
  return (
    <span class={`sa-state sa-${status}`}>
      <StatusIcon status={status} />
      {t(`status.${status}`)}
    </span>
  );
}

const answerText = (value: AnswerValue | null, t: Translate): string =>
  value === null
    ? t('progress.diff.noAnswer')
    : typeof value === 'boolean'
      ? t(value ? 'progress.diff.yes' : 'progress.diff.no')
      : t.number(value);

const percentText = (value: number | null, t: Translate): string =>
  value === null ? t('matrix.notOffered') : t.percent(value);

/** A value before and after, as a table of one row under its caption. */
function BeforeAfter(props: {
  caption: string;
  before: ComponentChildren;
  after: ComponentChildren;
  t: Translate;
}) {
  const { t } = props;
  return (
    <Table class="pg-table pg-pair" caption={props.caption}>
      <thead>
        <tr>
          <th scope="col">{t('progress.diff.before')}</th>
          <th scope="col">{t('progress.diff.after')}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>{props.before}</td>
          <td>{props.after}</td>
        </tr>
      </tbody>
    </Table>
  );
}

/**
 * Rows of what changed under a caption: each row's name, then its cells; the last two columns are the values
 * before and after.
 */
function ChangeTable(props: {
  caption: string;
  heads: string[];
  rows: { key: string; head: ComponentChildren; cells: ComponentChildren[] }[];
  t: Translate;
}) {
  const { t } = props;
  return (
    <Table caption={props.caption}>
      <thead>
        <tr>
          {[...props.heads, t('progress.diff.before'), t('progress.diff.after')].map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.head}</th>
            {row.cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** One competency's changes: its level, the verdicts that moved, the answers changed, readiness. */
function CompetencyChanges(props: {
  m: ProgressModel;
  diff: CompetencyDiff;
  before: Snapshot;
  after: Snapshot;
}) {
  const { m, diff, before, after } = props;
  const { t, data } = m;
  const title = data.competencies.find((c) => c.slug === diff.slug)?.title ?? diff.slug;
  const rules = m.scorer?.scoring.rules.find((r) => r.slug === diff.slug);
  const stored = [after, before].map((s) => s.standing.competencies[diff.slug]?.verdicts.levels);
  const label = (id: string): string =>
    (rules && m.scorer?.answerLabel(rules, id)) ??
    stored.flatMap((levels) => Object.values(levels ?? {})).find((l) => l?.requirements[id])?.requirements[id]
      ?.label ??
    id;
  const levelTitle = (level: LevelId) => data.levels[level] ?? level;
  const held = (s: Snapshot) => {
    const c = s.standing.competencies[diff.slug];
    const level = c && (c.verdicts.offered ? (c.verdicts.achieved ?? 'none') : 'not-offered');
    return level && m.scorer ? m.scorer.heldLevelTitle(level, t) : '';
  };
  const { verdicts } = diff;
  return (
    <section class="pg-competency" aria-labelledby={`pg-d-${diff.slug}`}>
      <h3 id={`pg-d-${diff.slug}`}>{title}</h3>
      {diff.presence !== 'both' && <p>{t(`progress.diff.${diff.presence}`)}</p>}
      {diff.contextChanged && <p>{t('progress.diff.context')}</p>}
      {diff.rulesChanged && <p>{t('progress.diff.rules')}</p>}
      {verdicts.achieved && diff.presence === 'both' && (
        <BeforeAfter caption={t('progress.diff.level')} before={held(before)} after={held(after)} t={t} />
      )}
      {verdicts.requirements.length > 0 && (
        <ChangeTable
          caption={t('progress.diff.verdicts', { competency: title })}
          heads={[t('progress.diff.requirement'), t('progress.diff.atLevel')]}
          t={t}
          rows={verdicts.requirements.map((r) => ({
            key: `${r.level}/${r.id}`,
            head: rules ? label(r.id) : r.label,
            cells: [
              levelTitle(r.level),
              <State key="b" state={r.before} t={t} />,
              <State key="a" state={r.after} t={t} />,
            ],
          }))}
        />
      )}
      {diff.answers.length > 0 && (
        <ChangeTable
          caption={t('progress.diff.answers', { competency: title })}
          heads={[t('progress.diff.field')]}
          t={t}
          rows={diff.answers.map((a) => ({
            key: a.id,
            head: label(a.id),
            cells: [answerText(a.before, t), answerText(a.after, t)],
          }))}
        />
      )}
      {diff.readiness.length > 0 && (
        <ChangeTable
          caption={t('progress.diff.readiness', { competency: title })}
          heads={[t('progress.diff.atLevel')]}
          t={t}
          rows={diff.readiness.map((r) => ({
            key: r.level,
            head: levelTitle(r.level),
            cells: [percentText(r.before, t), percentText(r.after, t)],
          }))}
        />
      )}
    </section>
  );
}

/** Two labelled pickers and what changed between the two snapshots picked, the earlier first. */
export function SnapshotCompare({ m }: { m: ProgressModel }) {
  const { t, list, pair, data } = m;
  const byId = new Map(list.map((s) => [s.id, s]));
  const a = byId.get(pair.from);
  const b = byId.get(pair.to);
  const [before, after] = a && b && a.at > b.at ? [b, a] : [a, b];
  const diff =
    before && after && m.scorer
      ? m.scorer.diffStandings(
          before,
          after,
          data.competencies.map((c) => c.slug),
        )
      : null;
  const picker = (which: 'from' | 'to') => (
    <p class="pg-pick">
      <label for={`pg-${which}`}>{t(`progress.compare.${which}`)}</label>
      <select id={`pg-${which}`} value={pair[which]} onChange={(e) => m.pick(which, e.currentTarget.value)}>
        {list.map((s) => (
          <option key={s.id} value={s.id}>
            {t('progress.option', { when: m.when(s), why: t(`progress.why.${s.why}`) })}
          </option>
        ))}
      </select>
    </p>
  );
  return (
    <section aria-labelledby="pg-compare-h">
      <h2 id="pg-compare-h">{t('progress.compare.heading')}</h2>
      {list.length < 2 ? (
        m.ready && <p>{t('progress.compare.needTwo')}</p>
      ) : (
        <>
          <div class="pg-picks">
            {picker('from')}
            {picker('to')}
          </div>
          {before && after && before !== a && <p>{t('progress.compare.swapped')}</p>}
          {diff && before && after && (
            <div class="pg-diff" aria-live="polite">
              {diff.same && <p>{t('progress.compare.same')}</p>}
              {diff.tier && (
                <BeforeAfter
                  caption={t('progress.diff.tier')}
                  before={<TierName id={diff.tier.before} tiers={data.tiers} t={t} />}
                  after={<TierName id={diff.tier.after} tiers={data.tiers} t={t} />}
                  t={t}
                />
              )}
              {diff.competencies.map((c) => (
                <CompetencyChanges key={c.slug} m={m} diff={c} before={before} after={after} />
              ))}
              {diff.record.length > 0 && (
                <Table caption={t('progress.diff.recordCaption')}>
                  <thead>
                    <tr>
                      <th scope="col">{t('progress.diff.section')}</th>
                      <th scope="col">{t('progress.diff.sectionAdded')}</th>
                      <th scope="col">{t('progress.diff.sectionRemoved')}</th>
                      <th scope="col">{t('progress.diff.sectionChanged')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {diff.record.map((r) => (
                      <tr key={r.section}>
                        <th scope="row">{t(`progress.section.${r.section}`)}</th>
                        <td>{t.number(r.added)}</td>
                        <td>{t.number(r.removed)}</td>
                        <td>{t.number(r.changed)}</td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
