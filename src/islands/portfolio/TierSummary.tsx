import type { PortfolioView } from '../../engine/portfolio.ts';
import { MarkedValue } from '../shared/MarkedValue.tsx';
import { MarkedText } from '../shared/MarkedText.tsx';
import { fillParts } from '../../text/fill-parts.ts';
import type { Translate } from '../../text/translate.ts';

/** The tier the portfolio's levels imply, the next one and the competencies closest to it, and the interim designation. */
export function TierSummary(props: {
  view: PortfolioView;
  chosen: ReadonlySet<string>;
  titleOf: (slug: string) => string;
  hrefs: Readonly<Record<string, string>>;
  levels: Readonly<Record<string, string>>;
  w: Translate;
}) {
  const { view, chosen, titleOf, hrefs, levels, w } = props;
  const next = view.next;
  const se = view.designation;
  const held = (slugs: string[]) =>
    slugs.length === 0 ? w('portfolio.none') : slugs.map(titleOf).join(w('list.separator'));
  return (
    <section class="pf-result" aria-labelledby="pf-result-h">
      <h2 id="pf-result-h">{w('portfolio.tier')}</h2>
      <p class="pf-tier">
        {fillParts(w.raw('portfolio.imply'), {
          tier: { text: view.tier ?? w('portfolio.noTier'), illustrative: view.tierIllustrative },
        }).map((part) =>
          typeof part === 'string' ? (
            part
          ) : (
            <strong>
              <MarkedValue {...part} />
            </strong>
          ),
        )}{' '}
        <MarkedValue
          text={next ? next.text : w('portfolio.topTier')}
          illustrative={next ? next.illustrative : view.tierIllustrative}
        />
      </p>
      <dl class="pf-counts">
        <dt>{w('portfolio.orAbove', { level: levels['principal'] ?? '' })}</dt>
        <dd>
          {view.counts.principal}
          {w('list.colon')}
          {held(view.held.principal)}
        </dd>
        <dt>{levels['expert']}</dt>
        <dd>
          {view.counts.expert}
          {w('list.colon')}
          {held(view.held.expert)}
        </dd>
      </dl>
      {/* Empty with nothing chosen: every candidate would be 0% ready, named only alphabetically. */}
      {next && next.candidates.length > 0 && (
        <>
          <h3>
            <MarkedText
              value={fillParts(w.raw('portfolio.closest'), {
                tier: { text: next.title, illustrative: next.illustrative },
              })}
            />
          </h3>
          <ol class="pf-candidates">
            {next.candidates.map((c) => (
              <li key={`${c.slug}-${c.level}`}>
                <a href={hrefs[c.slug]}>{c.title}</a>
                {w('portfolio.atLevel', { level: levels[c.level] ?? c.level, progress: c.progress })}
                {!chosen.has(c.slug) && w('portfolio.notYet')}
              </li>
            ))}
          </ol>
        </>
      )}
      {se && (
        <>
          <h3>{w('portfolio.designation', { designation: se.title })}</h3>
          <p>
            <strong>{se.headline}</strong>
            {se.progress ? (
              w('list.colon') + se.progress + w('list.sentences') + w('portfolio.designationApart')
            ) : (
              <>
                {w('list.sentences')}
                <MarkedText
                  value={fillParts(w.raw('list.then'), {
                    first: { text: se.summary, illustrative: se.illustrative },
                    then: w('portfolio.designationApart'),
                  })}
                />
              </>
            )}
          </p>
          {se.missing.length > 0 && (
            <ul>
              {se.missing.map((m) => (
                <li key={m.id}>
                  {m.label}
                  {w('list.colon')}
                  <MarkedValue text={m.gap} illustrative={m.illustrative} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
