import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { regionOption, SelectField } from '../../components/select-field';
import { observationIndex } from '../../domain/catalogue-index';
import { withUnitLabel } from '../../domain/format';
import { formatPeriod } from '../../domain/period';
import type { Frequency } from '../../domain/frequency';
import { useLocalTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { MAX_TREND_INDICATORS, TREND_MEASURES, TREND_MODES } from '../../store/url-state';
import { trendsMessages } from './messages';
import { indicatorsOfRegion, regionsWithFiguresOf } from './trend-subject';
import type { TrendsViewModel } from './trends-view-model';
import { localName, localeOf } from '../../i18n/localise';

/** A radio group: arrow keys move between the choices, as in every native radio group. */
function RadioGroup<V extends string>(props: {
  legend: string;
  name: string;
  value: V;
  choices: readonly { value: V; label: string }[];
  onChange(value: V): void;
}) {
  const id = useId();
  return (
    <fieldset className="trends-radio">
      <legend>{props.legend}</legend>
      {props.choices.map((c) => (
        <label key={c.value} className="checkbox">
          <input
            type="radio"
            name={`${id}-${props.name}`}
            value={c.value}
            checked={props.value === c.value}
            onChange={() => props.onChange(c.value)}
          />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}

/** One indicator over regions: the indicator, and a region to add to the shared selection. */
function RegionsControls({ viewModel }: { viewModel: TrendsViewModel }) {
  const t = useLocalTranslate(trendsMessages);
  const { catalogue, lang, selected } = useAppStore(
    useShallow((s) => ({ catalogue: s.catalogue, lang: s.lang, selected: s.regions })),
  );
  const setIndicator = useAppStore((s) => s.setIndicator);
  const toggleRegion = useAppStore((s) => s.toggleRegion);
  const indicatorId = viewModel.subject.indicators[0]?.id ?? '';
  const addable = useMemo(
    () => regionsWithFiguresOf(catalogue, indicatorId).filter((r) => !selected.includes(r.code)),
    [catalogue, indicatorId, selected],
  );
  const index = observationIndex(catalogue.observations);
  return (
    <>
      <SelectField
        label={t('col.indicator')}
        value={indicatorId}
        options={catalogue.indicators
          .filter((i) => index.ofIndicator(i.id).length > 0)
          .map((i) => ({
            value: i.id,
            label: withUnitLabel(localName(i, lang), i.unit, localeOf(lang)),
          }))}
        longOptions
        onChange={setIndicator}
      />
      <SelectField
        label={t('addRegion')}
        value=""
        allLabel={t('addRegionNone')}
        options={addable.map((r) => regionOption(r, lang))}
        onChange={(code) => code && toggleRegion(code)}
      />
    </>
  );
}

/** One region over indicators: the region, and up to six of its indicators as checkboxes. */
function IndicatorsControls({ viewModel }: { viewModel: TrendsViewModel }) {
  const t = useLocalTranslate(trendsMessages);
  const { catalogue, lang } = useAppStore(useShallow((s) => ({ catalogue: s.catalogue, lang: s.lang })));
  const setFocusRegion = useAppStore((s) => s.setFocusRegion);
  const setTrendIndicators = useAppStore((s) => s.setTrendIndicators);
  const region = viewModel.subject.region;
  const regions = useMemo(() => {
    const codes = observationIndex(catalogue.observations).regionsWithValues;
    return catalogue.regions.filter((r) => codes.has(r.code));
  }, [catalogue]);
  const available = useMemo(
    () => (region ? indicatorsOfRegion(catalogue, region.code) : []),
    [catalogue, region],
  );
  const active = viewModel.subject.indicators.map((i) => i.id);
  const toggle = (id: string) =>
    setTrendIndicators(active.includes(id) ? active.filter((a) => a !== id) : [...active, id]);
  return (
    <>
      <SelectField
        label={t('region')}
        value={region?.code ?? ''}
        options={regions.map((r) => regionOption(r, lang))}
        onChange={(code) => {
          setFocusRegion(code);
          setTrendIndicators([]);
        }}
      />
      <fieldset className="trends-indicators">
        <legend>{t('indicators.legend', { max: MAX_TREND_INDICATORS })}</legend>
        <ul>
          {available.map(({ indicator, periods }) => {
            const checked = active.includes(indicator.id);
            return (
              <li key={indicator.id}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={!checked && active.length >= MAX_TREND_INDICATORS}
                    onChange={() => toggle(indicator.id)}
                  />
                  {localName(indicator, lang)}{' '}
                  <span className="muted">
                    {periods === 1 ? t('indicators.period') : t('indicators.periods', { count: periods })}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
    </>
  );
}

/** Every choice of the Trends view; all of them live in the link. */
export function TrendsControls({ viewModel }: { viewModel: TrendsViewModel }) {
  const t = useLocalTranslate(trendsMessages);
  const lang = useAppStore((s) => s.lang);
  const setTrendMode = useAppStore((s) => s.setTrendMode);
  const setTrendFrequency = useAppStore((s) => s.setTrendFrequency);
  const setTrendMeasure = useAppStore((s) => s.setTrendMeasure);
  const setTrendBase = useAppStore((s) => s.setTrendBase);
  const locale = localeOf(lang);
  const mode = viewModel.subject.mode;
  return (
    <div className="filters trends-controls">
      <RadioGroup
        legend={t('mode.legend')}
        name="mode"
        value={mode}
        choices={TREND_MODES.map((m) => ({ value: m, label: t(`mode.${m}`) }))}
        onChange={setTrendMode}
      />
      {mode === 'regions' ? (
        <RegionsControls viewModel={viewModel} />
      ) : (
        <IndicatorsControls viewModel={viewModel} />
      )}
      <SelectField<Frequency | ''>
        label={t('frequency')}
        value={viewModel.frequency ?? ''}
        options={viewModel.frequencies.map((f) => ({
          value: f.id,
          label: t('freq.option', { label: f.label, count: f.count }),
        }))}
        onChange={setTrendFrequency}
      />
      <RadioGroup
        legend={t('measure.legend')}
        name="measure"
        value={viewModel.measure}
        choices={TREND_MEASURES.map((m) => ({ value: m, label: t(`measure.${m}`) }))}
        onChange={setTrendMeasure}
      />
      {viewModel.measure === 'index' && viewModel.axis.length ? (
        <SelectField
          label={t('base')}
          value={viewModel.axis[viewModel.baseIndex]?.id ?? ''}
          options={viewModel.axis.map((p) => ({ value: p.id, label: formatPeriod(p.id, locale) }))}
          onChange={setTrendBase}
        />
      ) : null}
    </div>
  );
}
