/**
 * Boots the game: fonts and styles, the store (levels parsed, save rehydrated), the DOM layers
 * and screens, audio, and the Phaser map. Nothing else lives here.
 */
// First: zod must know it may not probe `new Function` before any schema is built (CSP).
import './rules/zod-config';
import './ui/styles/fonts.css';
import './ui/styles/tokens.css';
import './ui/styles/base.css';
import { store, type Screen } from './state/store';
import { followMissionYear, loadLevelsAfterTitle, showScreen } from './state/actions/world';
import { setMapFocus } from './state/actions/view';
import { bindActionStore } from './state/actions/mission';
import { mountAccess } from './ui/a11y';
import { mountStart } from './ui/screens/start';
import { mountMenu, mountFreeFlight } from './ui/screens/menu';
import { mountAbout } from './ui/screens/about';
import { mountLoadError } from './ui/screens/load-error';
import { mountCampaign } from './ui/campaign/campaign';
import { mountClassroom } from './ui/classroom';
import { mountReleaseNote } from './ui/release/release-note';
import { createGame, lonLatToClient } from './game';
import { afterFirstPaint } from './game/after-paint';
import { sleepWhenIdle } from './game/loop-sleep';
import { readGameParams } from './game/url';
import { isObservableParty } from './world';
import { loadLanguage } from './i18n';

const params = readGameParams(window.location.search);

/**
 * A part of the game that loads after the title (sound, mission panels) can be gone when a new
 * build replaced this one while the page was open (an update, a redeploy): load the new build
 * once. A marker in the URL stops a loop when the file is really missing.
 */
function reloadForNewBuild(error: unknown): void {
  const url = new URL(window.location.href);
  if (url.searchParams.has('reloaded')) {
    console.warn('Open Skies: a part of the game could not be loaded.', error);
    return;
  }
  url.searchParams.set('reloaded', '1');
  window.location.replace(url.toString());
}

bindActionStore(store);
// The title screen does not wait for the levels: their files and parsing load after it has painted.
loadLevelsAfterTitle(
  store,
  afterFirstPaint,
  () => import('./state/level-files').then(({ loadLevels }) => loadLevels(store)),
  reloadForNewBuild,
);
followMissionYear(store);
// ?observe=XXX only for a party the map can show (one with Open Skies airfields).
const observe = isObservableParty(params.observe) ? params.observe : null;
if (observe) setMapFocus(store, observe);

/**
 * Runs `fn` once the world map is in the store and the page is idle again (or after 20 s when
 * the map never loads): for work a player does not wait for, like the offline cache.
 */
function whenMapLoaded(fn: () => void): void {
  let done = false;
  const run = (): void => {
    if (done) return;
    done = true;
    stop();
    clearTimeout(timer);
    afterFirstPaint(fn);
  };
  const stop = store.subscribe((s) => {
    if (s.world !== null) run();
  });
  const timer = setTimeout(run, 20_000);
  if (store.getState().world !== null) run();
}

/**
 * A DOM screen whose code loads when it is first shown: mounted once its chunk is here, unless
 * the player has left it by then. A chunk that cannot load means a new build replaced this one.
 */
function lazyScreen(
  load: () => Promise<(s: typeof store, root: HTMLElement) => () => void>,
): (root: HTMLElement) => () => void {
  return (root) => {
    let unmount: (() => void) | null = null;
    let left = false;
    load()
      .then((mount) => {
        if (!left) unmount = mount(store, root);
      })
      .catch(reloadForNewBuild);
    return () => {
      left = true;
      unmount?.();
    };
  };
}

/** Everything from the first screen on: the panels, the DOM screens and the map. */
function start(): void {
  const access = mountAccess(store);
  // Sound (Howler) and the mission panels are not on the title screen: their code loads beside
  // it, after it has painted. The sound unlocks at the first gesture after it has loaded.
  afterFirstPaint(() => {
    void import('./audio')
      .then(({ mountAudio }) => mountAudio(store, { onCue: access.caption }))
      .catch(reloadForNewBuild);
    void import('./ui/mission').then(({ mountMissionUi }) => mountMissionUi()).catch(reloadForNewBuild);
  });
  mountLoadError(store);
  mountReleaseNote(document.getElementById('ui-root') as HTMLElement, whenMapLoaded);
  mountClassroom(store);

  // ---------------------------------------------------------------- DOM screens in #screen
  const screenRoot = document.getElementById('screen') as HTMLElement;
  const SCREENS: Partial<Record<Screen, (root: HTMLElement) => () => void>> = {
    start: (root) => mountStart(store, root),
    menu: (root) => mountMenu(store, root),
    about: (root) => mountAbout(store, root),
    'free-flight': (root) => mountFreeFlight(store, root),
    campaign: (root) => mountCampaign(root),
    'campaign-end': lazyScreen(() =>
      import('./ui/campaign/campaign-end').then((m) => (_s, root) => m.mountCampaignEnd(root)),
    ),
    // The teachers' screens and the trust story (with their words) are chunks of their own.
    teachers: lazyScreen(() => import('./ui/classroom/teachers').then((m) => m.mountTeachers)),
    'teacher-results': lazyScreen(() => import('./ui/classroom/results').then((m) => m.mountTeacherResults)),
  };
  let unmountScreen: (() => void) | null = null;
  let shown: Screen | null = null;
  function route(screen: Screen): void {
    if (screen === shown) return;
    unmountScreen?.();
    unmountScreen = null;
    shown = screen;
    document.body.dataset.screen = screen;
    const mount = SCREENS[screen];
    if (mount) unmountScreen = mount(screenRoot);
  }
  route(store.getState().screen);
  store.subscribe((s, prev) => {
    // A new language (Settings) re-words the screen on show at once.
    if (s.settings.language !== prev.settings.language) shown = null;
    route(s.screen);
  });
  // A shared link straight to a map (?observe=RUS) skips the title screen.
  if (observe && store.getState().screen === 'start') showScreen(store, 'free-flight');

  // ---------------------------------------------------------------- the map
  const gameParent = document.getElementById('map-canvas') as HTMLElement;
  const game = createGame(gameParent, params.renderer);
  // Behind the menus and in a hidden tab the loop sleeps (a still map costs nothing).
  sleepWhenIdle(game, store);

  // Keyboard focus for the game (itch.io runs it in an iframe): on load and on every click.
  const takeFocus = (): void => {
    if (document.activeElement === document.body || document.activeElement === null) window.focus();
  };
  window.addEventListener('load', takeFocus);
  gameParent.addEventListener('pointerdown', () => window.focus());

  window.__openSkies = {
    store,
    game,
    lonLatToClient: (lon, lat) => lonLatToClient(game, lon, lat),
  };
}

// A language other than English is a chunk of its own: a player who chose it waits for its
// words before the first screen (an English player downloads none of them; a chunk that fails to
// load leaves the game in English).
const language = store.getState().settings.language;
if (language === 'en') start();
else void loadLanguage(language).finally(start);

declare global {
  interface Window {
    __openSkies?: {
      store: typeof store;
      game: ReturnType<typeof createGame>;
      lonLatToClient(lon: number, lat: number): { x: number; y: number } | null;
    };
  }
}
