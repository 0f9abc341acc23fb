import { useId, useState } from 'react';
import { withUnitLabel } from '../../domain/format';
import type { ColumnMapping, ShapeDetection, TableShape } from '../../ingest/import/detect-shape';
import { parsePeriod } from '../../ingest/import/parse-period';
import { useLocalTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { importMessages } from './import-messages';
import { localName, localeOf } from '../../i18n/localise';

const SHAPES: TableShape[] = ['long', 'wide-period', 'wide-indicator'];
type ColumnRole =
  'regionColumn' | 'parentColumn' | 'indicatorColumn' | 'periodColumn' | 'valueColumn' | 'unitColumn';
type RoleLabel = 'mapRegion' | 'mapParent' | 'mapIndicator' | 'mapPeriod' | 'mapValue' | 'mapUnit';
/** Columns every layout has: the region and, optionally, the division it lies in (朝阳区 in 北京). */
const REGION_ROLES: { role: ColumnRole; label: RoleLabel; optional: boolean }[] = [
  { role: 'regionColumn', label: 'mapRegion', optional: false },
  { role: 'parentColumn', label: 'mapParent', optional: true },
];
const LONG_ROLES: { role: ColumnRole; label: RoleLabel; optional: boolean }[] = [
  ...REGION_ROLES,
  { role: 'indicatorColumn', label: 'mapIndicator', optional: false },
  { role: 'periodColumn', label: 'mapPeriod', optional: false },
  { role: 'valueColumn', label: 'mapValue', optional: false },
  { role: 'unitColumn', label: 'mapUnit', optional: true },
];

interface Props {
  detection: ShapeDetection;
  shapeLabel(shape: TableShape | null): string;
  onApply(mapping: ColumnMapping): void;
}

/**
 * The column-mapping step: what the dashboard detected, editable — the layout, which column holds
 * regions, indicators, periods, values and units, or for wide tables the indicator or period of
 * the whole table. Applying re-checks the file with the edited mapping.
 */
/** A select of the file's columns for one role of the mapping. */
function ColumnSelect(props: {
  id: string;
  label: string;
  value: number | null;
  optional: boolean;
  columns: readonly { index: number; name: string }[];
  onChange(column: number | null): void;
}) {
  const t = useLocalTranslate(importMessages);
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value === '' ? null : Number(e.target.value))}
      >
        {props.optional ? <option value="">{t('mapNone')}</option> : null}
        {props.columns.map((c) => (
          <option key={c.index} value={c.index}>
            {c.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The indicator of a table with one column per period. */
function TableIndicatorSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: string | null;
  onChange(id: string | null): void;
}) {
  const t = useLocalTranslate(importMessages);
  const lang = useAppStore((s) => s.lang);
  const indicators = useAppStore((s) => s.catalogue.indicators);
  return (
    <div className="field">
      <label htmlFor={id}>{t('mapTableIndicator')}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{t('mapNone')}</option>
        {indicators.map((i) => (
          <option key={i.id} value={i.id}>
            {withUnitLabel(localName(i, lang), i.unit, localeOf(lang))}
          </option>
        ))}
      </select>
    </div>
  );
}

export function MappingEditor({ detection, shapeLabel, onApply }: Props) {
  const t = useLocalTranslate(importMessages);
  const id = useId();
  const [mapping, setMapping] = useState<ColumnMapping>(detection.mapping);
  const [periodText, setPeriodText] = useState(detection.mapping.period ?? '');
  const periodValid = mapping.shape !== 'wide-indicator' || parsePeriod(periodText).kind === 'period';
  const columns = detection.header.map((name, index) => ({ index, name: name || `#${index + 1}` }));
  const update = (change: Partial<ColumnMapping>) => setMapping((m) => ({ ...m, ...change }));
  const roles = mapping.shape === 'long' ? LONG_ROLES : REGION_ROLES;
  const apply = () => {
    const parsed = parsePeriod(periodText);
    // A column chosen to hold regions or their parents holds no figures.
    const regionColumns = [mapping.regionColumn, mapping.parentColumn];
    const valueColumns = mapping.valueColumns.filter((vc) => !regionColumns.includes(vc.column));
    const edited = { ...mapping, valueColumns };
    onApply(
      mapping.shape === 'wide-indicator' && parsed.kind === 'period'
        ? { ...edited, period: parsed.id }
        : edited,
    );
  };

  return (
    <fieldset className="mapping-editor">
      <legend>{t('mapping')}</legend>
      <div className="filters">
        <div className="field">
          <label htmlFor={`${id}-shape`}>{t('shape')}</label>
          <select
            id={`${id}-shape`}
            value={mapping.shape}
            onChange={(e) => update({ shape: e.target.value as TableShape })}
          >
            {SHAPES.map((shape) => (
              <option key={shape} value={shape}>
                {shapeLabel(shape)}
              </option>
            ))}
          </select>
        </div>
        {roles.map(({ role, label, optional }) => (
          <ColumnSelect
            key={role}
            id={`${id}-${role}`}
            label={t(label)}
            value={mapping[role] ?? null}
            optional={optional}
            columns={columns}
            onChange={(column) => update({ [role]: column })}
          />
        ))}
        {mapping.shape === 'wide-period' ? (
          <TableIndicatorSelect
            id={`${id}-indicator`}
            value={mapping.indicatorId}
            onChange={(indicatorId) => update({ indicatorId })}
          />
        ) : null}
        {mapping.shape === 'wide-indicator' ? (
          <div className="field">
            <label htmlFor={`${id}-period`}>{t('mapTablePeriod')}</label>
            <input
              id={`${id}-period`}
              value={periodText}
              aria-invalid={!periodValid}
              placeholder="2022年"
              onChange={(e) => setPeriodText(e.target.value)}
            />
          </div>
        ) : null}
        <button type="button" disabled={!periodValid} onClick={apply}>
          {t('mapApply')}
        </button>
      </div>
    </fieldset>
  );
}
