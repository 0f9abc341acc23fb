import { SelectField } from '../../components/select-field';
import { useLocalTranslate } from '../../components/use-translate';
import type { TableKind } from '../../ingest/import/own-table-detect';
import { ownTableMessages } from './own-table-messages';

const KINDS: readonly TableKind[] = ['figures', 'targets', 'clusters'];
const LABELS = { figures: 'kindFigures', targets: 'kindTargets', clusters: 'kindClusters' } as const;

/** What the file is: figures, a targets table or a cluster list. Changing it reads the file again. */
export function TableKindSelect({ value, onChange }: { value: TableKind; onChange(kind: TableKind): void }) {
  const t = useLocalTranslate(ownTableMessages);
  return (
    <SelectField
      label={t('kind')}
      value={value}
      options={KINDS.map((kind) => ({ value: kind, label: t(LABELS[kind]) }))}
      onChange={onChange}
    />
  );
}

export const kindLabelKey = (kind: TableKind) => LABELS[kind];
