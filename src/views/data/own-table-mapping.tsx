import { useId, useState } from 'react';
import { useLocalTranslate } from '../../components/use-translate';
import { REQUIRED_ROLES, ROLES_OF, type OwnTableDetection, type OwnTableMapping } from '../../ingest/import/own-table-detect';
import { ownTableMessages } from './own-table-messages';

/**
 * Which column holds what in a targets table or a cluster list, as detected and editable; applying
 * checks the file again with the edited mapping.
 */
export function OwnTableMappingEditor({ detection, onApply }: { detection: OwnTableDetection; onApply(mapping: OwnTableMapping): void }) {
  const t = useLocalTranslate(ownTableMessages);
  const id = useId();
  const [mapping, setMapping] = useState(detection.mapping);
  const columns = detection.header.map((name, index) => ({ index, name: name || `#${index + 1}` }));
  const required = new Set(REQUIRED_ROLES[mapping.kind]);
  const setColumn = (role: string, column: number | null) =>
    setMapping((m) => ({ ...m, columns: { ...m.columns, [role]: column } }));
  return (
    <fieldset className="mapping-editor">
      <legend>{t('mapping')}</legend>
      <div className="filters">
        {ROLES_OF[mapping.kind].map((role) => (
          <div className="field" key={role}>
            <label htmlFor={`${id}-${role}`}>
              {t(`role.${role}` as Parameters<typeof t>[0])}
              {required.has(role) ? <span className="muted">{t('required')}</span> : null}
            </label>
            <select
              id={`${id}-${role}`}
              value={mapping.columns[role] ?? ''}
              onChange={(e) => setColumn(role, e.target.value === '' ? null : Number(e.target.value))}
            >
              <option value="">{t('mapNone')}</option>
              {columns.map((c) => (
                <option key={c.index} value={c.index}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="button" onClick={() => onApply(mapping)}>
          {t('mapApply')}
        </button>
      </div>
    </fieldset>
  );
}
