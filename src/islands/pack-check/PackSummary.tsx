import type { PackCheck } from '../../persistence/evidence-pack.ts';
import type { Translate } from '../../text/translate.ts';
import { formatDay, formatDayTime } from '../../text/days.ts';
import { isRecord } from '../../util/is-record.ts';

/** The catalogue's titles in the page's language, to name what a pack names by id. */
export interface Titles {
  /** Each competency's title by slug. */
  competencies: Readonly<Record<string, string>>;
  /** Each level's title by id. */
  levels: Readonly<Record<string, string>>;
  /** Each tier's title by id, with the site's mark when it is an example. */
  tiers: Readonly<Record<string, string>>;
  /** The site's mark, after a rules version that is an example. */
  mark: string;
  /** The competencies whose rules versions are examples. */
  exampleVersions: readonly string[];
}

const STATES = ['met', 'partial', 'unmet', 'unanswered'] as const;

/**
 * A day or a moment a pack gives, in the page's words, with the pack's own text kept machine-readable; text
 * that is no date is shown as the pack has it.
 */
function When({ text, write }: { text: string; write: (date: Date) => string }) {
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  if (!text || Number.isNaN(date.getTime())) return <>{text}</>;
  return <time dateTime={text}>{write(date)}</time>;
}

/** A field of a parsed pack as an object, or an empty one: a pack is read as given, never trusted. */
const objectAt = (value: unknown, key: string): Record<string, unknown> =>
  isRecord(value) && isRecord(value[key]) ? value[key] : {};
const textAt = (value: unknown, key: string): string =>
  isRecord(value) && typeof value[key] === 'string' ? value[key] : '';

/** A level's verdict as the page says it, e.g. "Principal: met, 100% ready"; '' for one it cannot read. */
function levelText(t: Translate, titles: Titles, level: unknown): string {
  if (!isRecord(level)) return '';
  const { state, percent } = level;
  const id = textAt(level, 'level');
  const known = STATES.find((s) => s === state);
  if (!known || typeof percent !== 'number' || !Number.isFinite(percent)) return '';
  return t('packCheck.level', {
    level: titles.levels[id] ?? id,
    state: t(`state.${known}`),
    percent: Math.round(percent),
  });
}

/**
 * What a checked pack says: intact or edited, loud and first; for an intact pack what it covers, its
 * rules versions and hashes, its day, when it was made, its hash, whether money figures are in it, and each
 * competency's verdicts; for an edited one the hash it carries beside the one its content gives.
 */
export function PackSummary(props: {
  t: Translate;
  titles: Titles;
  file: string;
  check: PackCheck;
  data: unknown;
}) {
  const { t, titles, check, data } = props;
  if (check.status !== 'intact' && check.status !== 'edited') return null;
  const intact = check.status === 'intact';
  const title = (slug: string): string => titles.competencies[slug] ?? slug;
  const scope = objectAt(data, 'scope');
  const versions = objectAt(data, 'rulesVersion');
  const hashes = objectAt(data, 'rulesHash');
  const verdicts = objectAt(data, 'verdicts');
  const competencies = objectAt(verdicts, 'competencies');
  const tier = isRecord(verdicts) ? verdicts['tier'] : null;
  const portfolio = scope['kind'] === 'portfolio';
  const perSlug = (values: Record<string, unknown>, mark = false) =>
    Object.entries(values)
      .filter((e): e is [string, string] => typeof e[1] === 'string')
      .map(([slug, v]) => (
        <li key={slug}>
          {t('packCheck.of', {
            title: title(slug),
            value: mark && titles.exampleVersions.includes(slug) ? `${v}${titles.mark}` : v,
          })}
        </li>
      ));
  return (
    <section class={`pc-result ${intact ? 'pc-intact' : 'pc-edited'}`} aria-labelledby="pc-result-h">
      <h2 id="pc-result-h">
        <span aria-hidden="true">{intact ? '✓ ' : '✗ '}</span>
        {t(intact ? 'packCheck.intact' : 'packCheck.edited')}
      </h2>
      <p>{t(intact ? 'packCheck.intactText' : 'packCheck.editedText')}</p>
      <dl class="pc-facts">
        <dt>{t('packCheck.file.name')}</dt>
        <dd>{props.file}</dd>
        {intact ? (
          <>
            <dt>{t('packCheck.scope')}</dt>
            <dd>{portfolio ? t('portfolio.pack.whole') : title(textAt(scope, 'slug'))}</dd>
            <dt>{t('packCheck.rulesVersion')}</dt>
            <dd>
              <ul>{perSlug(versions, true)}</ul>
            </dd>
            <dt>{t('packCheck.rulesHash')}</dt>
            <dd>
              <ul class="pc-hash">{perSlug(hashes)}</ul>
            </dd>
            <dt>{t('packCheck.day')}</dt>
            <dd>
              <When text={textAt(objectAt(data, 'context'), 'day')} write={(d) => formatDay(t.formats, d)} />
            </dd>
            <dt>{t('packCheck.made')}</dt>
            <dd>
              <When text={textAt(data, 'createdAt')} write={(d) => formatDayTime(t.formats, d)} />
            </dd>
            <dt>{t('packCheck.hash')}</dt>
            <dd class="pc-hash">{check.hash}</dd>
            <dt>{t('packCheck.money')}</dt>
            <dd>
              {isRecord(data) && isRecord(data['withheld'])
                ? t('packCheck.moneyLeftOut')
                : t('packCheck.moneyKept')}
            </dd>
            {portfolio && (
              <>
                <dt>{t('packCheck.tier')}</dt>
                <dd>{typeof tier === 'string' ? (titles.tiers[tier] ?? tier) : t('packCheck.none')}</dd>
              </>
            )}
          </>
        ) : (
          <>
            <dt>{t('packCheck.hashGiven')}</dt>
            <dd class="pc-hash">{check.hash}</dd>
            <dt>{t('packCheck.hashFound')}</dt>
            <dd class="pc-hash">{check.expected}</dd>
          </>
        )}
      </dl>
      {intact && (
        <div class="sa-scroll" tabIndex={0} role="region" aria-labelledby="pc-verdicts">
          <table class="pc-table">
            <caption id="pc-verdicts">{t('packCheck.verdicts')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('packCheck.competency')}</th>
                <th scope="col">{t('packCheck.achieved')}</th>
                <th scope="col">{t('packCheck.levels')}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(competencies).map(([slug, verdict]) => {
                const achieved = textAt(verdict, 'achieved');
                const levels = isRecord(verdict) && Array.isArray(verdict['levels']) ? verdict['levels'] : [];
                const offered = textAt(verdict, 'status') === 'assessed';
                return (
                  <tr key={slug}>
                    <th scope="row">{title(slug)}</th>
                    <td>{achieved ? (titles.levels[achieved] ?? achieved) : t('packCheck.none')}</td>
                    <td>
                      {offered ? (
                        <ul>
                          {levels.map((level: unknown, i) => (
                            <li key={i}>{levelText(t, titles, level)}</li>
                          ))}
                        </ul>
                      ) : (
                        t('packCheck.notOffered')
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
