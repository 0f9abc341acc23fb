import { useId, useMemo } from 'react';
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
  /**
   * Many long labels (the indicators: 174 names of up to 30 characters plus their units): the list
   * gets a set width instead of the widest label's. A drop-down's own width is measured from every
   * label, and Chromium measured the 174 anew in each layout that touched the picker (an indicator
   * switch, a view opening): 10-20 ms of a task that a set width cuts to ~2 ms. The chosen label,
   * when cut, is whole in the field's tooltip (and in the view's title).
   */
  longOptions?: boolean;
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
  longOptions = false,
  onChange,
}: SelectFieldProps<V>) {
  const id = useId();
  // The same list (memoised by the caller) gives the same elements, which React then skips: the
  // indicator picker's 174 options are not compared again on every switch.
  const optionElements = useMemo(
    () =>
      options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      )),
    [options],
  );
  const chosen = longOptions ? options.find((option) => option.value === value)?.label : undefined;
  return (
    <div className={longOptions ? 'field long-options' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} title={chosen} onChange={(e) => onChange(e.target.value as V)}>
        {allLabel === undefined ? null : <option value="">{allLabel}</option>}
        {optionElements}
      </select>
    </div>
  );
}
