import { useId } from 'react';
import type { Indicator, Region } from '../domain/types';
import type { Lang } from '../i18n/messages';
import { localName } from '../i18n/localise';

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  /** A first option, value '' (so V must admit ''), that stands for no filter: "all regions". */
  allLabel?: string;
  onChange(value: V): void;
}

/** Regions and indicators as options, named in the interface language. */
export const regionOption = (region: Region, lang: Lang): SelectOption<string> => ({
  value: region.code,
  label: lang === 'en' ? region.nameEn : region.name,
});
export const indicatorOption = (indicator: Indicator, lang: Lang): SelectOption<string> => ({
  value: indicator.id,
  label: localName(indicator, lang),
});

/** A labelled drop-down list: the pickers and filters of every view. */
export function SelectField<V extends string>({
  label,
  value,
  options,
  allLabel,
  onChange,
}: SelectFieldProps<V>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {allLabel === undefined ? null : <option value="">{allLabel}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
