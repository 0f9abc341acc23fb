import { useCallback } from 'react';
import { BUILTIN_DATASET_ID } from '../../ingest/builtin-data';
import { describeImportProblem } from '../../i18n/import-problem-messages';
import type { ImportProblem } from '../../ingest/import/import-problems';
import { useLocalTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { dataMessages } from './messages';

/**
 * The message of an import problem as the report and its CSV show it: a dataset it refers to is
 * named as the Datasets table names it ("内置数据", the imported file's name), never by its id.
 */
export function useImportProblemText(): (problem: ImportProblem) => string {
  const lang = useAppStore((s) => s.lang);
  const datasets = useAppStore((s) => s.datasets);
  const indicators = useAppStore((s) => s.catalogue.indicators);
  const t = useLocalTranslate(dataMessages);
  return useCallback(
    ({ code, params }: ImportProblem) => {
      const nameEn = (indicatorId: string) => indicators.find((i) => i.id === indicatorId)?.nameEn;
      const id = params.dataset;
      if (id === undefined) return describeImportProblem(lang, code, params, nameEn);
      const name =
        id === BUILTIN_DATASET_ID ? t('builtinName') : (datasets.find((d) => d.id === id)?.name ?? id);
      return describeImportProblem(lang, code, { ...params, dataset: name }, nameEn);
    },
    [lang, datasets, indicators, t],
  );
}
