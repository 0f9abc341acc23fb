import type { MouseEvent } from 'react';
import type { Region } from '../domain/types';
import type { Lang, LocalMessages } from '../i18n/messages';
import { useLocalTranslate } from './use-translate';
import { useAppStore } from '../store/app-store';
import { DEFAULT_URL_STATE, encodeUrlState } from '../store/url-state';

const messages: LocalMessages<'open' | 'short'> = {
  zh: { open: '打开{region}的地区概览', short: '概览' },
  en: { open: 'Open the profile of {region}', short: 'Profile' },
};

/** Codes of the regions that have a profile (provinces and cities), one set per region list. */
const profiled = new WeakMap<readonly Region[], ReadonlySet<string>>();
function hasProfile(regions: readonly Region[], code: string): boolean {
  let codes = profiled.get(regions);
  if (!codes) {
    codes = new Set(regions.filter((r) => r.level === 'province' || r.level === 'city').map((r) => r.code));
    profiled.set(regions, codes);
  }
  return codes.has(code);
}

/**
 * A profile's address, written once per language and region: the map's table re-renders its rows
 * on every indicator switch, and each link wrote every URL parameter out again (twice) each time.
 */
const hrefs = new Map<string, string>();
function profileHref(lang: Lang, code: string): string {
  const key = `${lang}:${code}`;
  let href = hrefs.get(key);
  if (href === undefined) {
    href = encodeUrlState({ ...DEFAULT_URL_STATE, lang, view: 'profile', focusRegion: code });
    hrefs.set(key, href);
  }
  return href;
}

interface RegionLinkProps {
  code: string;
  name: string;
  /** Show a short "概览" link instead of the name, beside a name that does something else. */
  short?: boolean;
}

/**
 * A region's name as a link to its profile. It is a real link (the profile's own address), so it
 * can be opened in a new tab or copied; a plain click switches the view in place. A region without
 * a profile (全国, a named group, a county) is its plain name.
 */
export function RegionLink({ code, name, short = false }: RegionLinkProps) {
  const t = useLocalTranslate(messages);
  const lang = useAppStore((s) => s.lang);
  const openProfile = useAppStore((s) => s.openProfile);
  const linked = useAppStore((s) => hasProfile(s.catalogue.regions, code));
  const href = profileHref(lang, code);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    openProfile(code);
    // The profile starts at the top, whatever row of a long table the name was in.
    window.scrollTo(0, 0);
  };
  const label = t('open', { region: name });
  if (!linked) return short ? null : <>{name}</>;
  return (
    <a
      className={short ? 'region-link profile-link' : 'region-link'}
      href={href}
      title={label}
      aria-label={short ? label : undefined}
      onClick={onClick}
    >
      {short ? t('short') : name}
    </a>
  );
}
