import { ColumnHeads } from '../../components/column-heads';
import { useLocalTranslate } from '../../components/use-translate';
import { formatQualifiedValue, formatValue, type Locale } from '../../domain/format';
import { formatPeriod } from '../../domain/period';
import type { Comparator, Target } from '../../domain/types';
import type { ImportFileResult } from '../../ingest/import/import-file';
import type { OwnTableOutcome } from '../../ingest/import/own-table-rows';
import { useAppStore } from '../../store/app-store';
import { ownTableMessages } from './own-table-messages';

/** Rows of what would be added, shown before the user accepts: enough to see that it reads right. */
const SHOWN = 50;
const SIGNS: Record<Comparator, string> = { '>=': '≥ ', '>': '> ', '<=': '≤ ', '<': '< ', '=': '' };

/** The target as worded: 超过 1.5万亿元, ≥ 50000亿元, 约 35%. */
export function targetText(target: Target, locale: Locale): string {
  const qualifier = target.qualifier ?? '';
  if (qualifier) return formatQualifiedValue(target.targetValue, target.unit, qualifier, locale);
  return SIGNS[target.comparator] + formatValue(target.targetValue, target.unit, locale);
}

const bracket = (text: string, locale: Locale) => (locale === 'en' ? ` (${text})` : `（${text}）`);

function useNames(report: ImportFileResult) {
  const lang = useAppStore((s) => s.lang);
  const catalogue = useAppStore((s) => s.catalogue);
  const en = lang === 'en';
  const regions = new Map(catalogue.regions.map((r) => [r.code, r]));
  const indicators = new Map(
    [...catalogue.indicators, ...(report.newIndicators ?? [])].map((i) => [i.id, i]),
  );
  const tiers = new Map(
    [...catalogue.clusterTiers, ...(report.ownTable?.newTiers ?? [])].map((t) => [t.id, t]),
  );
  const region = (code: string) => (en ? regions.get(code)?.nameEn : regions.get(code)?.fullName) || code;
  const indicator = (id: string) => {
    const i = indicators.get(id);
    return (en && i?.nameEn ? i.nameEn : i?.nameZh) ?? id;
  };
  const tier = (id: string) => {
    const found = tiers.get(id);
    return (en && found?.nameEn ? found.nameEn : found?.nameZh) ?? id;
  };
  return { region, indicator, tier, locale: (en ? 'en' : 'zh-CN') as Locale };
}

function TargetRows({ own, report }: { own: OwnTableOutcome; report: ImportFileResult }) {
  const t = useLocalTranslate(ownTableMessages);
  const names = useNames(report);
  const policies = new Map(own.policies.map((p) => [p.id, p.title]));
  const labels = [
    'col.region',
    'col.indicator',
    'col.target',
    'col.deadline',
    'col.baseline',
    'col.policy',
  ] as const;
  return (
    <table className="data-table own-table-preview">
      <ColumnHeads labels={labels.map((label) => t(label))} />
      <tbody>
        {own.targets.slice(0, SHOWN).map((target) => (
          <tr key={target.id}>
            <th scope="row">{names.region(target.regionCode)}</th>
            <td className="wide">{names.indicator(target.indicatorId)}</td>
            <td className="number">{targetText(target, names.locale)}</td>
            <td className={target.targetPeriod ? 'nowrap' : 'nowrap muted'}>
              {target.targetPeriod ? formatPeriod(target.targetPeriod, names.locale) : t('noDeadline')}
            </td>
            <td className="number">
              {target.baselineValue === null
                ? t('noBaseline')
                : `${formatValue(target.baselineValue, target.unit, names.locale)}${bracket(formatPeriod(target.baselinePeriod, names.locale), names.locale)}`}
            </td>
            <td className="wide">{policies.get(target.policyId) ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ClusterRows({ own, report }: { own: OwnTableOutcome; report: ImportFileResult }) {
  const t = useLocalTranslate(ownTableMessages);
  const names = useNames(report);
  const labels = ['col.name', 'col.tier', 'col.members', 'col.industry'] as const;
  return (
    <table className="data-table own-table-preview">
      <ColumnHeads labels={labels.map((label) => t(label))} />
      <tbody>
        {own.clusters.slice(0, SHOWN).map((cluster) => (
          <tr key={cluster.id}>
            <th scope="row">{cluster.name}</th>
            <td className="wide">{names.tier(cluster.tier)}</td>
            <td className="wide">
              {cluster.regionCodes.map(names.region).join(names.locale === 'en' ? ', ' : '、')}
            </td>
            <td>{cluster.industry}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The targets or clusters the file would add, the first few dozen of them. */
export function OwnTablePreview({ report }: { report: ImportFileResult }) {
  const t = useLocalTranslate(ownTableMessages);
  const own = report.ownTable;
  if (!own || own.acceptedRows === 0) return null;
  const targets = own.kind === 'targets';
  const more = own.acceptedRows - SHOWN;
  return (
    <>
      <h3>{t(targets ? 'previewTargets' : 'previewClusters')}</h3>
      <div className="table-scroll">
        {targets ? <TargetRows own={own} report={report} /> : <ClusterRows own={own} report={report} />}
      </div>
      {more > 0 ? <p className="muted">{t('previewMore', { count: more })}</p> : null}
    </>
  );
}
