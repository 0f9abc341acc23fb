import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CLASSIFICATIONS, MAX_CLASSES, MIN_CLASSES, parseBreaks } from '../../domain/classify';
import { PALETTE_IDS } from '../../domain/palettes';
import { useTranslate } from '../../i18n/use-translate';
import { useAppStore } from '../../store/app-store';

const CLASS_COUNTS = Array.from({ length: MAX_CLASSES - MIN_CLASSES + 1 }, (_, i) => MIN_CLASSES + i);

/** Classification method, number of classes, palette and user-entered breaks. */
export function ClassificationControls() {
  const t = useTranslate();
  const id = useId();
  const { classification, classes, palette, breaks } = useAppStore(
    useShallow((s) => ({
      classification: s.classification,
      classes: s.classes,
      palette: s.palette,
      breaks: s.breaks,
    })),
  );
  const { setClassification, setClasses, setPalette, setBreaks } = useAppStore.getState();
  const [breaksText, setBreaksText] = useState(breaks.join(', '));
  const [invalid, setInvalid] = useState<string[]>([]);

  const applyBreaks = (text: string) => {
    setBreaksText(text);
    const parsed = parseBreaks(text);
    setInvalid(parsed.invalid);
    if (parsed.invalid.length === 0) setBreaks(parsed.breaks);
  };

  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-cls`}>{t('picker.classification')}</label>
        <select
          id={`${id}-cls`}
          value={classification}
          onChange={(e) => setClassification(e.target.value as (typeof CLASSIFICATIONS)[number])}
        >
          {CLASSIFICATIONS.map((c) => (
            <option key={c} value={c}>
              {t(`cls.${c}`)}
            </option>
          ))}
        </select>
      </div>
      {classification === 'manual' ? (
        <div className="field">
          <label htmlFor={`${id}-breaks`}>{t('picker.breaks')}</label>
          <input
            id={`${id}-breaks`}
            value={breaksText}
            placeholder={t('picker.breaksHint')}
            aria-describedby={`${id}-breaks-error`}
            aria-invalid={invalid.length > 0}
            onChange={(e) => applyBreaks(e.target.value)}
          />
          <span id={`${id}-breaks-error`} className="field-error" role={invalid.length ? 'alert' : undefined}>
            {invalid.length ? t('picker.breaksInvalid', { list: invalid.join('、') }) : ''}
          </span>
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-k`}>{t('picker.classes')}</label>
          <select id={`${id}-k`} value={classes} onChange={(e) => setClasses(Number(e.target.value))}>
            {CLASS_COUNTS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-pal`}>{t('picker.palette')}</label>
        <select
          id={`${id}-pal`}
          value={palette}
          onChange={(e) => setPalette(e.target.value as (typeof PALETTE_IDS)[number])}
        >
          {PALETTE_IDS.map((p) => (
            <option key={p} value={p}>
              {t(`pal.${p}`)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
