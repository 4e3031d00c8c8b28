/** About: what the game is, and every source and licence it stands on. */
import type { GameStore } from '../../state/store';
import { showScreen } from '../../state/actions/world';
import { t, type MessageKey } from '../../i18n';
import { button, h } from '../dom';

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
    title:
      'The Open Skies Treaty: Background and Issues, CRS Insight IN10502 (Congressional Research Service)',
    url: 'https://crsreports.congress.gov/product/details?prodcode=IN10502',
  },
];

function link(text: string, url: string): HTMLAnchorElement {
  return h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, [text]);
}

export function mountAbout(store: GameStore, root: HTMLElement): () => void {
  const back = button(t('about.back'), () => showScreen(store, 'menu'), { class: 'secondary' });
  const wrap = h('section', { class: 'scr scr-about', 'aria-labelledby': 'about-title' }, [
    h('h2', { id: 'about-title', tabindex: '-1' }, [t('about.title')]),
    h('p', {}, [t('about.what')]),
    h('p', { class: 'about-status' }, [t('about.status')]),
    h('p', {}, [t('about.privacy')]),
    h('h3', {}, [t('about.sources')]),
    h(
      'ul',
      { class: 'scr-list' },
      TREATY_SOURCES.map((s) => h('li', {}, [link(s.title, s.url)])),
    ),
    h('p', { class: 'scr-muted' }, [t('about.unsure')]),
    h('h3', {}, [t('about.licences')]),
    h(
      'ul',
      { class: 'scr-list' },
      CREDITS.map((c) =>
        h('li', {}, [
          link(c.name, c.url),
          ` — ${t(c.what)} `,
          h('span', { class: 'scr-licence' }, [c.licence]),
        ]),
      ),
    ),
    h('p', { class: 'scr-muted' }, [t('about.gameLicence')]),
    back,
  ]);
  root.append(wrap);
  // Start reading at the top (focusing the button at the bottom would scroll past the text).
  wrap.querySelector<HTMLElement>('#about-title')?.focus();
  return () => wrap.remove();
}
