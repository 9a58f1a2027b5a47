import type { PortfolioView } from '../../engine/portfolio.ts';
import { MarkedValue } from '../shared/MarkedValue.tsx';

/** The tier the portfolio's levels imply, the next one and the competencies closest to it, and the interim designation. */
export function TierSummary(props: {
  view: PortfolioView;
  chosen: ReadonlySet<string>;
  titleOf: (slug: string) => string;
  hrefs: Readonly<Record<string, string>>;
  levels: Readonly<Record<string, string>>;
}) {
  const { view, chosen, titleOf, hrefs, levels } = props;
  const next = view.next;
  const se = view.designation;
  const held = (slugs: string[]) => (slugs.length === 0 ? 'none' : slugs.map(titleOf).join(', '));
  return (
    <section class="pf-result" aria-labelledby="pf-result-h">
      <h2 id="pf-result-h">Your tier</h2>
      <p class="pf-tier">
        Your levels imply{' '}
        <strong>
          <MarkedValue text={view.tier ?? 'no tier'} illustrative={view.tierIllustrative} />
        </strong>
        .{' '}
        <MarkedValue
          text={next ? next.text : 'This is the top tier.'}
          illustrative={next ? next.illustrative : view.tierIllustrative}
        />
      </p>
      <dl class="pf-counts">
        <dt>Principal or above</dt>
        <dd>
          {view.counts.principal}: {held(view.held.principal)}
        </dd>
        <dt>Expert</dt>
        <dd>
          {view.counts.expert}: {held(view.held.expert)}
        </dd>
      </dl>
      {/* Empty with nothing chosen: every candidate would be 0% ready, named only alphabetically. */}
      {next && next.candidates.length > 0 && (
        <>
          <h3>
            Closest to <MarkedValue text={next.title} illustrative={next.illustrative} />
          </h3>
          <ol class="pf-candidates">
            {next.candidates.map((c) => (
              <li key={`${c.slug}-${c.level}`}>
                <a href={hrefs[c.slug]}>{c.title}</a> at {levels[c.level]}: {c.progress}
                {!chosen.has(c.slug) && ' (not in your portfolio yet)'}
              </li>
            ))}
          </ol>
        </>
      )}
      {se && (
        <>
          <h3>{se.title}, an interim designation</h3>
          <p>
            <strong>{se.headline}</strong>
            {se.progress ? `: ${se.progress}.` : '. '}
            {!se.progress && <MarkedValue text={se.summary} illustrative={se.illustrative} />} It is shown
            apart from the tiers: the overview does not say how it counts toward them.
          </p>
          {se.missing.length > 0 && (
            <ul>
              {se.missing.map((m) => (
                <li key={m.id}>
                  {m.label}: <MarkedValue text={m.gap} illustrative={m.illustrative} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
