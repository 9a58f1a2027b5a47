import { useRef } from 'preact/hooks';
import type { ProgressModel } from './use-progress.ts';
import { Table } from './Table.tsx';
import { TierName } from './TierName.tsx';

/** The snapshots kept, oldest first, with why each was taken, its tier and a way to remove it. */
export function SnapshotList({ m }: { m: ProgressModel }) {
  const { t, list, data } = m;
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section aria-labelledby="pg-list-h">
      <h2 id="pg-list-h" tabIndex={-1} ref={heading}>
        {t('progress.list.heading')}
      </h2>
      {list.length === 0 ? (
        m.ready && <p>{t('progress.list.empty')}</p>
      ) : (
        <Table caption={t('progress.list.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('progress.list.when')}</th>
              <th scope="col">{t('progress.list.why')}</th>
              <th scope="col">{t('progress.list.tier')}</th>
              <th scope="col">{t('progress.list.held')}</th>
              <th scope="col">{t('progress.list.action')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((s) => (
              <tr key={s.id}>
                <th scope="row">{m.when(s)}</th>
                <td>{t(`progress.why.${s.why}`)}</td>
                <td>
                  <TierName id={s.standing.tier} tiers={data.tiers} t={t} />
                </td>
                <td>
                  {t.number(
                    Object.values(s.standing.competencies).filter((c) => c.verdicts.achieved !== null).length,
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() => {
                      m.remove(s);
                      heading.current?.focus();
                    }}
                  >
                    {t('progress.remove')}
                    <span class="visually-hidden"> {t('progress.remove.which', { when: m.when(s) })}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
