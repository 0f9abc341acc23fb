import { useId } from 'react';
import { useLocalTranslate } from '../../components/use-translate';
import type { TableKind } from '../../ingest/import/own-table-detect';
import { ownTableMessages } from './own-table-messages';

const KINDS: readonly TableKind[] = ['figures', 'targets', 'clusters'];
const LABELS = { figures: 'kindFigures', targets: 'kindTargets', clusters: 'kindClusters' } as const;

/** What the file is: figures, a targets table or a cluster list. Changing it reads the file again. */
export function TableKindSelect({ value, onChange }: { value: TableKind; onChange(kind: TableKind): void }) {
  const t = useLocalTranslate(ownTableMessages);
  const id = useId();
  return (
    <div className="field table-kind">
      <label htmlFor={id}>{t('kind')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as TableKind)}>
        {KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(LABELS[kind])}
          </option>
        ))}
      </select>
    </div>
  );
}

export const kindLabelKey = (kind: TableKind) => LABELS[kind];
