import { useEffect, useMemo, useRef } from 'react';
import { policyTitle } from '../../domain/names';
import type { Catalogue } from '../../domain/types';
import type { Lang } from '../../i18n/messages';
import { useLocalTranslate } from '../../components/use-translate';
import { targetsMessages } from './messages';
import { regionPolicies } from './targets-view-model';
import { regionName } from '../../i18n/localise';

interface RegionPoliciesProps {
  catalogue: Catalogue;
  regionCode: string;
  lang: Lang;
  /** The policy a target's link pointed to: highlighted and focused. */
  highlightId: string;
}

/** A region's policy documents (its own and those of the regions within it), oldest first. */
export function RegionPolicies({ catalogue, regionCode, lang, highlightId }: RegionPoliciesProps) {
  const t = useLocalTranslate(targetsMessages);
  const policies = useMemo(() => regionPolicies(catalogue, regionCode), [catalogue, regionCode]);
  const regions = useMemo(() => new Map(catalogue.regions.map((r) => [r.code, r])), [catalogue.regions]);
  const targetCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const target of catalogue.targets) {
      if (target.policyId) counts.set(target.policyId, (counts.get(target.policyId) ?? 0) + 1);
    }
    return counts;
  }, [catalogue.targets]);
  const highlighted = useRef<HTMLLIElement>(null);
  // Following a target's policy link moves focus to the document it names.
  useEffect(() => {
    if (!highlightId || !highlighted.current) return;
    highlighted.current.focus();
    highlighted.current.scrollIntoView?.({ block: 'nearest' });
  }, [highlightId, regionCode]);

  const nameOf = (code: string) => {
    const region = regions.get(code);
    return regionName(region, lang) ?? code;
  };
  return (
    <section className="region-policies" aria-labelledby="region-policies-title">
      <h3 id="region-policies-title">{t('panel.title', { region: nameOf(regionCode) })}</h3>
      {policies.length === 0 ? (
        <p className="muted">{t('panel.none')}</p>
      ) : (
        // The list scrolls when long, so it takes focus to be scrolled by keyboard.
        <ol className="policy-list" tabIndex={0} aria-labelledby="region-policies-title">
          {policies.map((p) => {
            const isHighlighted = p.id === highlightId;
            const count = targetCounts.get(p.id) ?? 0;
            return (
              <li
                key={p.id}
                data-policy-id={p.id}
                ref={isHighlighted ? highlighted : undefined}
                tabIndex={isHighlighted ? -1 : undefined}
                className={isHighlighted ? 'highlighted' : undefined}
                aria-current={isHighlighted ? 'true' : undefined}
              >
                <span className="policy-date">{p.date || t('panel.undated')}</span>{' '}
                <span className="policy-title">
                  {lang === 'en' ? `“${policyTitle(p, 'en')}”` : `《${p.title}》`}
                </span>
                <span className="muted policy-meta">
                  {[p.regionCode !== regionCode ? nameOf(p.regionCode) : '', p.issuer, p.docNumber]
                    .filter(Boolean)
                    .join(' · ')}
                  {count ? ` · ${t('panel.targets', { count })}` : ''}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
