import type { Snapshot } from '../../persistence/snapshots.ts';
import type { LevelId } from '../../schemas/ids.ts';
import type { Translate } from '../../text/translate.ts';
import type { ProgressModel } from './use-progress.ts';
import { Table } from './Table.tsx';

const WIDTH = 640;
const HEIGHT = 220;
const LEFT = 64;
const RIGHT = 16;
const TOP = 12;
const BOTTOM = 16;
/** How many line styles the stylesheet draws (progress.css, .pg-c0 to .pg-c7). */
const STYLES = 8;

/** A competency's readiness at a level in a snapshot: percent, null when not offered, undefined when not followed. */
function readinessIn(s: Snapshot, slug: string, level: LevelId): number | null | undefined {
  const c = s.standing.competencies[slug];
  if (!c) return undefined;
  return c.readiness[level] ?? null;
}

function cellText(value: number | null | undefined, t: Translate): string {
  if (value === undefined) return t('progress.chart.notFollowed');
  return value === null ? t('matrix.notOffered') : t.percent(value);
}

/**
 * Readiness per competency over time at the level picked: a line chart, hidden from assistive technology,
 * and a table with the same figures, which is what a screen reader, a print or a page without the chart
 * reads.
 */
export function ReadinessChart({ m }: { m: ProgressModel }) {
  const { t, list, data, level } = m;
  const followed = data.competencies.filter((c) => list.some((s) => s.standing.competencies[c.slug]));
  const levels = Object.entries(data.levels) as [LevelId, string][];
  const levelTitle = data.levels[level] ?? level;
  const x = (i: number): number =>
    list.length < 2
      ? LEFT + (WIDTH - LEFT - RIGHT) / 2
      : LEFT + (i * (WIDTH - LEFT - RIGHT)) / (list.length - 1);
  const y = (percent: number): number => TOP + ((100 - percent) * (HEIGHT - TOP - BOTTOM)) / 100;
  return (
    <section aria-labelledby="pg-chart-h">
      <h2 id="pg-chart-h">{t('progress.chart.heading')}</h2>
      {list.length === 0 ? (
        m.ready && <p>{t('progress.chart.needOne')}</p>
      ) : (
        <>
          <p class="pg-pick">
            <label for="pg-level">{t('progress.chart.level')}</label>
            <select
              id="pg-level"
              value={level}
              onChange={(e) => m.setLevel(e.currentTarget.value as LevelId)}
            >
              {levels.map(([id, title]) => (
                <option key={id} value={id}>
                  {title}
                </option>
              ))}
            </select>
          </p>
          <div class="pg-figure" aria-hidden="true">
            <svg class="pg-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} focusable="false">
              {[0, 50, 100].map((p) => (
                <g key={p} class="pg-grid">
                  <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(p)} y2={y(p)} vector-effect="non-scaling-stroke" />
                  <text x={LEFT - 6} y={y(p)} dy="0.35em" text-anchor="end">
                    {t.percent(p)}
                  </text>
                </g>
              ))}
              {followed.map((c, n) => {
                const points = list.map((s, i) => {
                  const value = readinessIn(s, c.slug, level);
                  return typeof value === 'number' ? { x: x(i), y: y(value) } : null;
                });
                // A line through the snapshots that follow it, broken where one does not.
                const runs: string[] = [];
                let run: string[] = [];
                for (const p of [...points, null]) {
                  if (p) run.push(`${p.x.toFixed(1)},${p.y.toFixed(1)}`);
                  else if (run.length > 0) {
                    runs.push(run.join(' '));
                    run = [];
                  }
                }
                return (
                  <g key={c.slug} class={`pg-series pg-c${n % STYLES}`}>
                    {runs.map((r) => (
                      <polyline key={r} points={r} vector-effect="non-scaling-stroke" />
                    ))}
                    {/* Each point a dot of the same size on any screen: a round cap on a line of no length. */}
                    {points.map(
                      (p, i) =>
                        p && (
                          <path
                            key={i}
                            class="pg-dot"
                            d={`M${p.x.toFixed(1)} ${p.y.toFixed(1)}h0`}
                            vector-effect="non-scaling-stroke"
                          />
                        ),
                    )}
                  </g>
                );
              })}
            </svg>
            <ul class="pg-legend">
              {followed.map((c, n) => (
                <li key={c.slug} class={`pg-c${n % STYLES}`}>
                  <svg viewBox="0 0 24 8" width="24" height="8" focusable="false">
                    <line x1="0" x2="24" y1="4" y2="4" />
                    <path class="pg-dot" d="M12 4h0" />
                  </svg>
                  {c.title}
                </li>
              ))}
            </ul>
          </div>
          <p class="pg-note">{t('progress.chart.tableNote')}</p>
          <Table caption={t('progress.chart.caption', { level: levelTitle })}>
            <thead>
              <tr>
                <th scope="col">{t('progress.chart.when')}</th>
                {followed.map((c) => (
                  <th key={c.slug} scope="col">
                    {c.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{m.when(s)}</th>
                  {followed.map((c) => (
                    <td key={c.slug}>{cellText(readinessIn(s, c.slug, level), t)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </Table>
        </>
      )}
    </section>
  );
}
