import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CLASSIFICATIONS, MAX_CLASSES, MIN_CLASSES, parseBreaks } from '../../domain/classify';
import { PALETTE_IDS } from '../../domain/palettes';
import { useTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { SelectField } from '../../components/select-field';

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
      <SelectField
        label={t('picker.classification')}
        value={classification}
        options={CLASSIFICATIONS.map((c) => ({ value: c, label: t(`cls.${c}`) }))}
        onChange={setClassification}
      />
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
    </>
  );
}
