import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { parseBreakText } from '../../domain/break-text';
import { CLASSIFICATIONS, MAX_CLASSES, MIN_CLASSES } from '../../domain/classify';
import { formatValue, type Locale } from '../../domain/format';
import { PALETTE_IDS } from '../../domain/palettes';
import { unitDefinition } from '../../domain/units';
import { useLocalTranslate, useTranslate } from '../../components/use-translate';
import type { LocalMessages } from '../../i18n/messages';
import { useAppStore } from '../../store/app-store';
import { SelectField } from '../../components/select-field';

const CLASS_COUNTS = Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => MIN_CLASSES + i);
/** The link keeps at most this many breaks (nine classes). */
const MAX_BREAKS = MAX_CLASSES - 1;

type MessageKey = 'hint' | 'hintPlain' | 'read' | 'outside' | 'tooMany' | 'perPeriod' | 'perPeriodHelp';
const messages: LocalMessages<MessageKey> = {
  zh: {
    hint: '以{unit}计，用空格或顿号分隔；2万 即 2万{unit}，也可写 3,000、1.5亿或带单位，如 4.8万亿元',
    hintPlain: '以{unit}计，用空格或顿号分隔，如 5 10 15',
    read: '读作：{list}',
    outside: '超出数据范围（{min} – {max}），不起作用：{list}',
    tooMany: '最多 {max} 个分界值',
    perPeriod: '按本时期分级',
    perPeriodHelp: '不勾选时，分级取自各时期的全部数值，切换时期时图例不变',
  },
  en: {
    hint: 'In {unit}, separated by spaces: 2万 is 2万 {unit}; also 3,000, 1.6T or with a unit, as 4.8万亿元',
    hintPlain: 'In {unit}, separated by spaces, e.g. 5 10 15',
    read: 'Read as: {list}',
    outside: 'Outside the data ({min} – {max}), no effect: {list}',
    tooMany: 'At most {max} breaks',
    perPeriod: 'Classes from this period',
    perPeriodHelp:
      'Unticked, classes come from the values of every period, so the legend stays when the period changes',
  },
};

interface ClassificationControlsProps {
  /** The indicator's base unit: breaks are typed in it. */
  unit: string;
  locale: Locale;
  /** The smallest and largest value the classes are cut from, to say which breaks have no effect. */
  range?: readonly [number, number];
}

/** Whether 万 and 亿 make sense after a number of this unit (money, counts, tonnes; not %). */
const scalable = (unit: string) =>
  !['percent', 'points', 'rank', 'ratio'].includes(unitDefinition(unit)?.dimension ?? 'ratio');

/** What the typed breaks were read as, and which of them fall outside the data. */
function BreaksFeedback({ breaks, unit, locale, range }: ClassificationControlsProps & { breaks: number[] }) {
  const t = useLocalTranslate(messages);
  if (breaks.length === 0) return null;
  const show = (values: number[]) =>
    values.map((b) => formatValue(b, unit, locale)).join(locale === 'en' ? ', ' : '、');
  const outside = range ? breaks.filter((b) => b <= range[0] || b >= range[1]) : [];
  return (
    <span className="muted field-note">
      {t('read', { list: show(breaks) })}
      {outside.length && range
        ? `; ${t('outside', { min: show([range[0]]), max: show([range[1]]), list: show(outside) })}`
        : ''}
    </span>
  );
}

/** The text of the breaks field: typed breaks are applied when they parse, else the error says why. */
function useBreaksField(breaks: readonly number[], unit: string) {
  const t = useTranslate();
  const tl = useLocalTranslate(messages);
  const { setBreaks } = useAppStore.getState();
  const [breaksText, setBreaksText] = useState(breaks.join(', '));
  const [error, setError] = useState('');
  // Back and Forward may bring other breaks than the ones typed: the field then shows them.
  const [breaksSeen, setBreaksSeen] = useState(breaks);
  if (breaksSeen !== breaks) {
    setBreaksSeen(breaks);
    if (parseBreakText(breaksText, unit).breaks.join() !== breaks.join()) {
      setBreaksText(breaks.join(', '));
      setError('');
    }
  }

  const applyBreaks = (text: string) => {
    setBreaksText(text);
    const parsed = parseBreakText(text, unit);
    if (parsed.invalid.length) setError(t('picker.breaksInvalid', { list: parsed.invalid.join('、') }));
    else if (parsed.breaks.length > MAX_BREAKS) setError(tl('tooMany', { max: MAX_BREAKS }));
    else {
      setError('');
      setBreaks(parsed.breaks);
    }
  };

  return { breaksText, error, applyBreaks };
}

/** Classification method, number of classes, palette, user-entered breaks, classes per period. */
export function ClassificationControls({ unit, locale, range }: ClassificationControlsProps) {
  const t = useTranslate();
  const tl = useLocalTranslate(messages);
  const id = useId();
  const { classification, classes, palette, breaks, perPeriod } = useAppStore(
    useShallow((s) => ({
      classification: s.classification,
      classes: s.classes,
      palette: s.palette,
      breaks: s.breaks,
      perPeriod: s.classesPerPeriod,
    })),
  );
  const { setClassification, setClasses, setPalette, setClassesPerPeriod } = useAppStore.getState();
  const { breaksText, error, applyBreaks } = useBreaksField(breaks, unit);

  return (
    <>
      <SelectField
        label={t('picker.classification')}
        value={classification}
        options={CLASSIFICATIONS.map((c) => ({ value: c, label: t(`cls.${c}`) }))}
        onChange={setClassification}
      />
      {classification === 'manual' ? (
        <div className="field breaks-field">
          <label htmlFor={`${id}-breaks`}>{t('picker.breaks')}</label>
          <input
            id={`${id}-breaks`}
            value={breaksText}
            placeholder="2万 3万 4万"
            aria-describedby={`${id}-breaks-hint ${id}-breaks-error`}
            aria-invalid={error !== ''}
            onChange={(e) => applyBreaks(e.target.value)}
          />
        </div>
      ) : (
        <SelectField
          label={t('picker.classes')}
          value={String(classes)}
          options={CLASS_COUNTS.map((k) => ({ value: String(k), label: String(k) }))}
          onChange={(k) => setClasses(Number(k))}
        />
      )}
      <SelectField
        label={t('picker.palette')}
        value={palette}
        options={PALETTE_IDS.map((p) => ({ value: p, label: t(`pal.${p}`) }))}
        onChange={setPalette}
      />
      <label className="checkbox" title={tl('perPeriodHelp')}>
        <input type="checkbox" checked={perPeriod} onChange={(e) => setClassesPerPeriod(e.target.checked)} />
        {tl('perPeriod')}
      </label>
      {classification === 'manual' ? (
        // On a line of its own below the pickers, so the row of pickers keeps its height.
        <div className="breaks-note">
          <span id={`${id}-breaks-hint`} className="muted field-note">
            {tl(scalable(unit) ? 'hint' : 'hintPlain', { unit })}
          </span>
          <span id={`${id}-breaks-error`} className="field-error" role={error ? 'alert' : undefined}>
            {error}
          </span>
          {error ? null : <BreaksFeedback breaks={breaks} unit={unit} locale={locale} range={range} />}
        </div>
      ) : null}
    </>
  );
}
