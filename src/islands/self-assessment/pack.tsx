/**
 * The evidence pack of a competency page: its buttons, shown under the other exports once the
 * widget's lazy part is here, and what they do. The pack's code and the workbook's writer load on the click.
 */
import { localDay } from '../../util/dates.ts';
import { importAgain } from '../shared/load-once.ts';
import { textOf, type Host } from './host.ts';
import { recordForPack } from './record.tsx';
import { forwarding } from './sharing.tsx';
import { PackCheckNote } from '../shared/PackCheckNote.tsx';

const packCode = importAgain(() => import('../shared/pack-export.ts'));

/**
 * Downloads the evidence pack of the partner's own assessment, scored as the page scores it (typed answers
 * over the record's figures on its day), and says what was made, or why not: protected with a passphrase
 * and without money figures as the partner chose for links and files (forwarding).
 */
export async function exportPack(host: Host, kind: 'xlsx' | 'json'): Promise<void> {
  const { rules, own } = host;
  const { protect, passphrase, moneyless } = forwarding.current;
  const said = textOf(host);
  if (own.status !== 'assessed') return host.alert(said('more.nothingToExport', { why: own.message }));
  if (protect && !passphrase) return host.alert(said('msg.sealed.noPassphrase'));
  host.alert('');
  try {
    const { downloadPack, packTranslator } = await packCode();
    const t = await packTranslator(host.words);
    const on = await recordForPack(host);
    host.info(
      await downloadPack(
        kind,
        `${rules.slug}-evidence-pack`,
        {
          scope: { kind: 'competency', slug: rules.slug },
          covered: [rules],
          context: own.context,
          own: {},
          typed: { [rules.slug]: host.answers },
          record: on,
          day: on?.day ?? localDay(new Date()),
          tiers: [],
          t,
          models: host.models,
          regions: host.regions,
          moneyless,
        },
        protect ? passphrase : undefined,
      ),
    );
  } catch {
    host.alert(textOf(host)('pack.unavailable'));
  }
}

/** The evidence pack's two buttons, the workbook and the JSON pack, and where a validator checks one. */
export function PackButtons({ host }: { host: Host }) {
  const t = textOf(host);
  return (
    <>
      <p class="sa-buttons">
        <button type="button" onClick={() => void exportPack(host, 'xlsx')}>
          {t('pack.exportXlsx')}
        </button>
        <button type="button" onClick={() => void exportPack(host, 'json')}>
          {t('pack.exportJson')}
        </button>
      </p>
      <PackCheckNote t={t} />
    </>
  );
}
