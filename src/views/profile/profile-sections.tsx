import { FigureBadges } from '../../components/figure-badges';
import type { ReactNode } from 'react';
import { ColumnHeads } from '../../components/column-heads';
import { RegionLink } from '../../components/region-link';
import { formatPeriod } from '../../domain/period';
import { useLocalTranslate } from '../../components/use-translate';
import { useAppStore } from '../../store/app-store';
import { profileMessages } from './messages';
import type { ProfileFigure } from './profile-figures';
import type { ProfileViewModel } from './profile-view-model';
import { Sparkline } from './sparkline';
import { localeOf } from '../../i18n/localise';

/** One part of the page: a heading, a line saying what it holds, and the text for when it holds nothing. */
function ProfileSection(props: {
  id: string;
  title: string;
  intro?: string;
  /** Shown instead of the content when there is nothing to list. */
  empty?: string;
  children: ReactNode;
}) {
  return (
    <section className={`profile-section ${props.id}`} aria-labelledby={props.id}>
      <h3 id={props.id}>{props.title}</h3>
      {props.intro ? <p className="muted">{props.intro}</p> : null}
      {props.empty ? <p>{props.empty}</p> : props.children}
    </section>
  );
}

/** "[2]": the number of the source in the page's list of sources, as a footnote in a brief. */
function SourceRef({ viewModel, id, title }: { viewModel: ProfileViewModel; id: string; title?: string }) {
  const n = viewModel.sources.findIndex((s) => s.id === id) + 1;
  if (n === 0) return null;
  return (
    <a className="source-ref" href={`#profile-source-${n}`} title={title}>
      [{n}]
    </a>
  );
}

function TrendCell({ figure, regionCode }: { figure: ProfileFigure; regionCode: string }) {
  const t = useLocalTranslate(profileMessages);
  const lang = useAppStore((s) => s.lang);
  const openRegionTrend = useAppStore((s) => s.openRegionTrend);
  const trend = figure.trend;
  if (!trend) return <span className="muted">{t('trend.none')}</span>;
  const locale = localeOf(lang);
  const label = t('trend.label', {
    indicator: figure.name,
    first: formatPeriod(trend.periods[0] ?? '', locale),
    last: formatPeriod(trend.periods[trend.periods.length - 1] ?? '', locale),
    count: trend.values.filter((v) => v !== null).length,
  });
  return (
    <>
      <Sparkline trend={trend} label={label} />
      <button
        type="button"
        className="link-button trend-link"
        aria-label={t('trend.openLabel', { indicator: figure.name })}
        onClick={() => {
          openRegionTrend({
            region: regionCode,
            indicators: [figure.indicator.id],
            frequency: trend.frequency,
          });
          window.scrollTo(0, 0);
        }}
      >
        {t('trend.open')}
      </button>
    </>
  );
}

/** Each indicator's latest value, its rank among its peers and its trend. */
export function FiguresSection({ viewModel }: { viewModel: ProfileViewModel }) {
  const t = useLocalTranslate(profileMessages);
  const peers = t(viewModel.region.level === 'city' ? 'peers.city' : 'peers.province');
  return (
    <ProfileSection
      id="profile-figures"
      title={t('figures.title')}
      intro={t('figures.intro', { peers })}
      empty={viewModel.figures.length === 0 ? t('figures.none') : undefined}
    >
      <div className="table-scroll">
        <table className="data-table cards-on-phone">
          <ColumnHeads
            labels={[
              t('col.indicator'),
              t('col.value'),
              t('col.period'),
              t('col.rank'),
              t('col.trend'),
              t('col.source'),
            ]}
          />
          <tbody>
            {viewModel.figures.map((f) => (
              <tr
                key={f.indicator.id}
                data-indicator={f.indicator.id}
                className={f.conflict ? 'conflict' : ''}
              >
                <th scope="row">{f.name}</th>
                <td className="number value-cell" data-label={t('col.value')}>
                  {f.valueLabel}
                  <FigureBadges conflict={f.conflict} estimate={f.estimate} />
                  {f.otherValueLabels.length ? (
                    <span className="muted cell-detail">
                      {t('alsoStated', { list: f.otherValueLabels.join(', ') })}
                    </span>
                  ) : null}
                </td>
                <td className="period-cell" data-label={t('col.period')}>
                  {f.periodLabel}
                </td>
                <td className="number rank-cell" data-label={t('col.rank')}>
                  {f.rankLabel}
                </td>
                <td className="trend-cell" data-label={t('col.trend')}>
                  <TrendCell figure={f} regionCode={viewModel.region.code} />
                </td>
                <td className="source-cell card-wide">
                  <SourceRef viewModel={viewModel} id={f.sourceId} title={f.sourceTitle} />{' '}
                  {f.quote ? <q className="quote-inline">{f.quote}</q> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ProfileSection>
  );
}

/** Named clusters by tier, and apart from them the counts documents state without names. */
export function ClustersSection({ viewModel }: { viewModel: ProfileViewModel }) {
  const t = useLocalTranslate(profileMessages);
  return (
    <ProfileSection id="profile-clusters" title={t('clusters.title')} intro={t('clusters.intro')}>
      {viewModel.tiers.length === 0 ? <p>{t('clusters.none')}</p> : null}
      {viewModel.tiers.map((tier) => (
        <div key={tier.id} className="profile-tier" data-tier={tier.id}>
          <h4>
            {t('clusters.tier', { tier: tier.name, count: tier.clusters.length })}{' '}
            {[...new Set(tier.clusters.map((c) => c.sourceId))].map((id) => (
              <SourceRef key={id} viewModel={viewModel} id={id} />
            ))}
          </h4>
          <ul className="cluster-names">
            {tier.clusters.map((c) => (
              <li key={c.id}>
                {c.name}
                {c.shared ? <span className="badge shared">{t('clusters.shared')}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {viewModel.stated.length ? (
        <div className="profile-stated">
          <h4>{t('clusters.stated')}</h4>
          <ul>
            {viewModel.stated.map((s) => (
              <li key={`${s.indicatorId}-${s.period}-${s.quote}`} data-indicator={s.indicatorId}>
                {t('clusters.statedLine', { label: s.label, value: s.valueLabel, period: s.periodLabel })}{' '}
                <q className="quote-inline">{s.quote}</q> <SourceRef viewModel={viewModel} id={s.sourceId} />
                {s.older ? (
                  <span className="muted">
                    {' '}
                    {t('clusters.statedOlder', { count: s.older, from: s.oldestPeriodLabel })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </ProfileSection>
  );
}

/** The targets of the region and the regions within it, with status and the pace they need. */
export function TargetsSection({ viewModel, dateLabel }: { viewModel: ProfileViewModel; dateLabel: string }) {
  const t = useLocalTranslate(profileMessages);
  return (
    <ProfileSection
      id="profile-targets"
      title={t('targets.title')}
      intro={t('targets.intro', { date: dateLabel })}
      empty={viewModel.targets.length === 0 ? t('targets.none') : undefined}
    >
      <div className="table-scroll">
        <table className="data-table cards-on-phone">
          <ColumnHeads
            labels={[
              t('col.region'),
              t('col.indicator'),
              t('col.target'),
              t('col.deadline'),
              t('col.actual'),
              t('col.required'),
              t('col.status'),
            ]}
          />
          <tbody>
            {viewModel.targets.map((r) => (
              <tr key={r.id} data-target-id={r.id}>
                <th scope="row">
                  {r.regionCode === viewModel.region.code ? (
                    r.regionName
                  ) : (
                    <RegionLink code={r.regionCode} name={r.regionName} />
                  )}
                </th>
                <td className="card-wide">{r.indicatorName}</td>
                <td className="number" data-label={t('col.target')}>
                  {r.targetLabel}
                </td>
                <td data-label={t('col.deadline')}>{r.deadlineLabel}</td>
                <td className="number" data-label={t('col.actual')}>
                  {r.actualLabel}
                  {r.actualPeriodLabel ? (
                    <span className="muted cell-detail">{r.actualPeriodLabel}</span>
                  ) : null}
                </td>
                <td className="required-cell" data-label={t('col.required')}>
                  {r.requiredLabel}
                </td>
                <td className="card-wide">
                  <span className={`badge status-badge status-${r.status}`}>{r.statusLabel}</span>{' '}
                  <SourceRef viewModel={viewModel} id={r.sourceId} title={r.quote} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ProfileSection>
  );
}

/** Policy documents, newest first. */
export function PoliciesSection({ viewModel }: { viewModel: ProfileViewModel }) {
  const t = useLocalTranslate(profileMessages);
  return (
    <ProfileSection
      id="profile-policies"
      title={t('policies.title')}
      intro={t('policies.intro')}
      empty={viewModel.policies.length === 0 ? t('policies.none') : undefined}
    >
      <ol className="policy-list">
        {viewModel.policies.map((p) => (
          <li key={p.id} data-policy-id={p.id}>
            <span className="policy-date">{p.date || t('policies.undated')}</span> 《{p.title}》
            <SourceRef viewModel={viewModel} id={p.sourceId} />
            <span className="muted">
              {' '}
              {[p.regionCode === viewModel.region.code ? '' : p.regionName, p.issuer, p.docNumber]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ol>
    </ProfileSection>
  );
}

/** A province's cities with any data, each opening its own profile. */
export function CitiesSection({ viewModel }: { viewModel: ProfileViewModel }) {
  const t = useLocalTranslate(profileMessages);
  if (viewModel.region.level !== 'province') return null;
  return (
    <ProfileSection
      id="profile-cities"
      title={t('cities.title')}
      empty={viewModel.cities.length === 0 ? t('cities.none') : undefined}
    >
      <ul className="city-list">
        {viewModel.cities.map((c) => (
          <li key={c.code} data-region={c.code}>
            <RegionLink code={c.code} name={c.name} />{' '}
            <span className="muted">
              {t('cities.counts', { figures: c.figures, clusters: c.clusters, targets: c.targets })}
            </span>
          </li>
        ))}
      </ul>
    </ProfileSection>
  );
}

/** Every document the page's figures come from. */
export function SourcesSection({ viewModel }: { viewModel: ProfileViewModel }) {
  const t = useLocalTranslate(profileMessages);
  return (
    <ProfileSection id="profile-sources" title={t('sources.title')} intro={t('sources.intro')}>
      <ol className="source-list">
        {viewModel.sources.map((s, i) => (
          <li key={s.id} id={`profile-source-${i + 1}`} data-source-id={s.id}>
            <span className="source-title">{s.title}</span>
            <span className="muted">
              {' '}
              {[s.publisher, s.date, s.file].filter(Boolean).join(' · ')} ·{' '}
              {t('sources.uses', { count: s.uses })}
            </span>
          </li>
        ))}
      </ol>
    </ProfileSection>
  );
}
