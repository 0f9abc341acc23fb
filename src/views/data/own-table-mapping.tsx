import { useState } from 'react';
import { SelectField } from '../../components/select-field';
import { useLocalTranslate } from '../../components/use-translate';
import {
  REQUIRED_ROLES,
  ROLES_OF,
  type OwnTableDetection,
  type OwnTableMapping,
} from '../../ingest/import/own-table-detect';
import { ownTableMessages } from './own-table-messages';

/**
 * Which column holds what in a targets table or a cluster list, as detected and editable; applying
 * checks the file again with the edited mapping.
 */
export function OwnTableMappingEditor({
  detection,
  onApply,
}: {
  detection: OwnTableDetection;
  onApply(mapping: OwnTableMapping): void;
}) {
  const t = useLocalTranslate(ownTableMessages);
  const [mapping, setMapping] = useState(detection.mapping);
  const columns = detection.header.map((name, index) => ({
    value: String(index),
    label: name || `#${index + 1}`,
  }));
  const required = new Set(REQUIRED_ROLES[mapping.kind]);
  const setColumn = (role: string, column: string) =>
    setMapping((m) => ({ ...m, columns: { ...m.columns, [role]: column === '' ? null : Number(column) } }));
  return (
    <fieldset className="mapping-editor">
      <legend>{t('mapping')}</legend>
      <div className="filters">
        {ROLES_OF[mapping.kind].map((role) => (
          <SelectField
            key={role}
            label={t(`role.${role}` as Parameters<typeof t>[0]) + (required.has(role) ? t('required') : '')}
            value={String(mapping.columns[role] ?? '')}
            options={columns}
            allLabel={t('mapNone')}
            onChange={(column) => setColumn(role, column)}
          />
        ))}
        <button type="button" onClick={() => onApply(mapping)}>
          {t('mapApply')}
        </button>
      </div>
    </fieldset>
  );
}
