/** About: what the game is, and every source and licence it stands on. */
import type { GameStore } from '../../state/store';
import { showScreen } from '../../state/actions/world';
import { t, type MessageKey } from '../i18n';
import { button, el } from './el';

interface Credit {
  name: string;
  what: MessageKey;
  licence: string;
  url: string;
}

/** Third-party data, code and type shipped in the game (all bundled: nothing is fetched). */
export const CREDITS: readonly Credit[] = [
  {
    name: 'Natural Earth',
    what: 'about.credit.naturalEarth',
    licence: 'Public domain',
    url: 'https://www.naturalearthdata.com/',
  },
  {
    name: 'world-atlas 2.0.2',
    what: 'about.credit.worldAtlas',
    licence: 'ISC',
    url: 'https://github.com/topojson/world-atlas',
  },
  { name: 'Phaser 4', what: 'about.credit.phaser', licence: 'MIT', url: 'https://phaser.io/' },
  { name: 'Howler.js', what: 'about.credit.howler', licence: 'MIT', url: 'https://howlerjs.com/' },
  {
    name: 'IBM Plex Sans and Mono',
    what: 'about.credit.plex',
    licence: 'SIL Open Font License 1.1',
    url: 'https://github.com/IBM/plex',
  },
  { name: 'Lucide icons', what: 'about.credit.lucide', licence: 'ISC', url: 'https://lucide.dev/' },
  {
    name: 'd3-geo, topojson-client, zustand, zod, flatbush',
    what: 'about.credit.libs',
    licence: 'ISC / BSD-3 / MIT',
    url: 'https://github.com/d3/d3-geo',
  },
];

/** Where the treaty facts come from: primary or publisher sources (levels/sources.json has the rest). */
export const TREATY_SOURCES: readonly { title: string; url: string }[] = [
  {
    title: 'Treaty on Open Skies, with Annexes A–L (Government of the Netherlands, treaty database)',
    url: 'https://wetten.overheid.nl/BWBV0001051',
  },
  {
    title: 'Signing of the Treaty on Open Skies (OSCE)',
    url: 'https://www.osce.org/who/timeline/1990s/06',
  },
  {
    title: 'Treaty on Open Skies: Article-by-Article Analysis (US Department of State)',
    url: 'http://www.state.gov/t/avc/cca/os/106812.htm',
  },
  {
    title: 'The Open Skies Treaty: Background and Issues, CRS Insight IN10502 (Congressional Research Service)',
    url: 'https://crsreports.congress.gov/product/details?prodcode=IN10502',
  },
];

function link(text: string, url: string): HTMLAnchorElement {
  return el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, [text]);
}

export function mountAbout(store: GameStore, root: HTMLElement): () => void {
  const back = button(t('about.back'), () => showScreen(store, 'menu'), { class: 'secondary' });
  const wrap = el('section', { class: 'scr scr-about', 'aria-labelledby': 'about-title' }, [
    el('h2', { id: 'about-title', tabindex: '-1' }, [t('about.title')]),
    el('p', {}, [t('about.what')]),
    el('p', { class: 'about-status' }, [t('about.status')]),
    el('p', {}, [t('about.privacy')]),
    el('h3', {}, [t('about.sources')]),
    el(
      'ul',
      { class: 'scr-list' },
      TREATY_SOURCES.map((s) => el('li', {}, [link(s.title, s.url)])),
    ),
    el('p', { class: 'scr-muted' }, [t('about.unsure')]),
    el('h3', {}, [t('about.licences')]),
    el(
      'ul',
      { class: 'scr-list' },
      CREDITS.map((c) =>
        el('li', {}, [
          link(c.name, c.url),
          ` — ${t(c.what)} `,
          el('span', { class: 'scr-licence' }, [c.licence]),
        ]),
      ),
    ),
    el('p', { class: 'scr-muted' }, [t('about.gameLicence')]),
    back,
  ]);
  root.append(wrap);
  // Start reading at the top (focusing the button at the bottom would scroll past the text).
  wrap.querySelector<HTMLElement>('#about-title')?.focus();
  return () => wrap.remove();
}
