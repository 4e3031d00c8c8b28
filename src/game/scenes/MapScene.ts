/**
 * The map: the observed party on a conformal conic, its airfields and reach, the level's zones
 * and targets (baked once per view), the route and the flight on top. Input becomes mission
 * actions; the rules decide everything else. Rebuilt (scene restart) only when the subject
 * changes: another level or party, or the palette.
 */
import Phaser from 'phaser';
import { store, type GameState } from '../../state/store';
import { currentLevel, currentPlan } from '../../state/selectors';
import { mapFocus, onMapFocus, DEFAULT_WORLD_YEAR } from '../../state/actions/world';
import * as mission from '../../state/actions/mission';
import { forecastOf } from '../../state/actions/mission-engine';
import { AIRFIELD_BY_ID } from '../../world';
import { asCountriesTopology, buildBaseGeometry } from '../map-data';
import { buildOverlay } from '../overlay-data';
import { paletteFor, cssHex } from '../palette';
import { lonLat, screenPx, type MapProjection, type ScreenPx } from '../projection';
import { distanceKm } from '../../rules/geo/sphere';
import type { HudInfo } from './Hud';
import { subjectForLevel, subjectForParty, type MapSubject } from '../subject';
import { subscribeSlice } from '../subscribe';
import {
  clampView,
  fitView,
  NO_INSETS,
  type Insets,
  limitsFor,
  mapToScreen,
  panBy,
  screenToMap,
  zoomAt,
  type View,
  type ViewLimits,
} from '../view';
import { BaseMap } from '../views/BaseMap';
import { FlightLayer } from '../views/FlightLayer';
import { MapInput } from '../views/MapInput';
import { RouteLayer } from '../views/RouteLayer';
import { ATLAS_KEY } from './Preloader';

const SETTLE_MS = 120;

/** Canvas edges covered by the visible DOM panels (free-flight bar, mission panels), device px. */
function domInsets(dpr: number): Insets {
  const game = document.getElementById('game')?.getBoundingClientRect();
  if (!game) return NO_INSETS;
  const ins = { top: 0, right: 0, bottom: 0, left: 0 };
  const panels = ['topbar', 'left-panel', 'right-panel', 'bottom-bar'].map((id) =>
    document.getElementById(id),
  );
  const bar = document.querySelector<HTMLElement>('#screen .scr-bar');
  for (const el of [...panels, bar]) {
    if (!el || el.hidden) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    // Attach each panel to the edge it hugs: wide ones to top/bottom, tall ones to left/right.
    if (r.width > game.width * 0.6) {
      if (r.top - game.top < game.height / 2) ins.top = Math.max(ins.top, r.bottom - game.top);
      else ins.bottom = Math.max(ins.bottom, game.bottom - r.top);
    } else if (r.left - game.left < game.width / 2) ins.left = Math.max(ins.left, r.right - game.left);
    else ins.right = Math.max(ins.right, game.right - r.left);
  }
  return { top: ins.top * dpr, right: ins.right * dpr, bottom: ins.bottom * dpr, left: ins.left * dpr };
}

export function subjectOf(s: GameState): MapSubject {
  const level = currentLevel(s);
  return level ? subjectForLevel(level) : subjectForParty(mapFocus(), DEFAULT_WORLD_YEAR);
}

const editing = (s: GameState): boolean =>
  s.screen === 'mission' && s.mission?.phase === 'planning' && !s.routeLocked && s.panel === null;

export class MapScene extends Phaser.Scene {
  private view!: View;
  private limits!: ViewLimits;
  private projection!: MapProjection;
  private base!: BaseMap;
  private route!: RouteLayer;
  private flight!: FlightLayer;
  private input2!: MapInput;
  private subjectKey = '';
  private hasZones = false;
  private hasTargets = false;
  private movedAt = 0;
  private unsubs: (() => void)[] = [];

  constructor() {
    super('MapScene');
  }

  private dpr(): number {
    return (this.registry.get('dpr') as number | undefined) ?? 1;
  }

  create(): void {
    const s = store.getState();
    const topology = asCountriesTopology(this.cache.json.get(ATLAS_KEY));
    if (!topology) return;
    const subject = subjectOf(s);
    this.subjectKey = subject.key;
    this.hasZones = subject.zones.length > 0;
    this.hasTargets = subject.targets.length > 0;
    const palette = paletteFor(s.settings.palette);
    this.cameras.main.setBackgroundColor(cssHex(palette.water));
    const geom = buildBaseGeometry(topology, new Set(subject.hostTerritory));
    this.projection = geom.projection;
    const overlay = buildOverlay(this.projection, subject);
    this.base = new BaseMap(this, geom, overlay, palette, this.dpr());
    const airfield = (id: string): { lat: number; lon: number } | undefined => AIRFIELD_BY_ID.get(id);
    this.route = new RouteLayer(this, this.projection, airfield, palette, () => this.dpr());
    const level = currentLevel(s);
    const reduced = (): boolean =>
      store.getState().settings.reducedMotion ??
      window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.flight = new FlightLayer(
      this,
      this.projection,
      palette,
      level?.targets ?? [],
      level ? forecastOf(level) : null,
      () => this.dpr(),
      reduced,
    );

    const { width, height } = this.scale;
    this.limits = limitsFor(this.projection.fitBounds, this.projection.allBounds, width, height);
    this.fit();

    this.input2 = new MapInput(
      this,
      this.inputHandlers(),
      () => this.dpr(),
      () => {
        const st = store.getState();
        return st.screen === 'mission' || st.screen === 'free-flight';
      },
    );
    this.watchStore();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.registry.set('lonLatToClient', (lon: number, lat: number) => this.lonLatToClient(lon, lat));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.teardown());
  }

  private watchStore(): void {
    const restartIfNeeded = (): void => {
      if (subjectOf(store.getState()).key !== this.subjectKey) this.scene.restart();
    };
    this.unsubs.push(
      subscribeSlice(store, (s) => currentLevel(s)?.id ?? null, restartIfNeeded),
      subscribeSlice(
        store,
        (s) => s.settings.palette,
        () => this.scene.restart(),
      ),
      onMapFocus(restartIfNeeded),
      subscribeSlice(
        store,
        (s) => ({
          plan: s.screen === 'mission' ? currentPlan(s) : null,
          verdict: s.verdict,
          selected: s.selectedWaypoint,
          editable: s.mission?.phase === 'planning',
        }),
        (m) => this.route.set(m),
        (a, b) =>
          a.plan === b.plan &&
          a.verdict === b.verdict &&
          a.selected === b.selected &&
          a.editable === b.editable,
      ),
      // Panels appear when a screen opens: frame the map again once they are laid out.
      subscribeSlice(
        store,
        (s) => s.screen,
        () => requestAnimationFrame(() => this.fit()),
      ),
      subscribeSlice(
        store,
        (s) => (s.mission?.phase === 'flight' || s.mission?.phase === 'debrief' ? s.flight : null),
        (f) => this.flight.setFlight(f),
      ),
    );
    const s = store.getState();
    this.route.set({
      plan: s.screen === 'mission' ? currentPlan(s) : null,
      verdict: s.verdict,
      selected: s.selectedWaypoint,
      editable: s.mission?.phase === 'planning',
    });
    this.flight.setFlight(s.mission?.phase === 'flight' || s.mission?.phase === 'debrief' ? s.flight : null);
  }

  private inputHandlers(): ConstructorParameters<typeof MapInput>[1] {
    let dragging: number | null = null;
    return {
      pan: (dx, dy) => this.setView(panBy(this.view, dx, dy, this.limits)),
      zoom: (f, at) => this.setView(zoomAt(this.view, f, at, this.limits)),
      tap: (at) => {
        if (!editing(store.getState())) return;
        const p = screenToMap(this.view, at);
        const ll = this.projection.toLonLat(p);
        if (!Number.isFinite(ll[0])) return;
        const leg = this.route.legAt(p);
        if (leg !== null) mission.insertWaypoint(leg, ll[1], ll[0]);
        else mission.addWaypoint(ll[1], ll[0]);
      },
      grab: (at) => {
        if (!editing(store.getState())) return false;
        dragging = this.route.handleAt(screenToMap(this.view, at));
        if (dragging !== null) mission.selectWaypoint(dragging);
        return dragging !== null;
      },
      drag: (at) => {
        if (dragging === null) return;
        const ll = this.projection.toLonLat(screenToMap(this.view, at));
        if (Number.isFinite(ll[0])) mission.moveWaypoint(dragging, ll[1], ll[0]);
      },
      release: () => {
        dragging = null;
      },
      settle: () => {
        this.movedAt = this.time.now;
      },
    };
  }

  /** Frames the party in the part of the canvas the DOM panels leave free. */
  private fit(): void {
    const { width, height } = this.scale;
    this.setView(
      fitView(this.projection.fitBounds, width, height, 40 * this.dpr(), domInsets(this.dpr())),
      true,
    );
  }

  private setView(v: View, immediate = false): void {
    this.view = clampView(v, this.limits);
    const cam = this.cameras.main;
    cam.setZoom(this.view.zoom);
    cam.centerOn(this.view.cx, this.view.cy);
    this.movedAt = this.time.now;
    if (immediate) this.settleNow();
  }

  private settleNow(): void {
    this.movedAt = 0;
    this.base.update(this.view);
    this.publishHud();
    this.route.setZoom(this.view.zoom);
    this.flight.setZoom(this.view.zoom);
  }

  /** Scale and legend for the Hud scene: km per device px at the centre of the view. */
  private publishHud(): void {
    const c = this.projection.toLonLat(
      screenToMap(this.view, screenPx(this.view.widthPx / 2, this.view.heightPx / 2)),
    );
    const e = this.projection.toLonLat(
      screenToMap(this.view, screenPx(this.view.widthPx / 2 + 100, this.view.heightPx / 2)),
    );
    const km = distanceKm({ lat: c[1], lon: c[0] }, { lat: e[1], lon: e[0] });
    const info: HudInfo = { kmPerPx: km / 100, zones: this.hasZones, targets: this.hasTargets };
    this.registry.set('hud', info);
  }

  private onResize(size: Phaser.Structs.Size): void {
    this.limits = limitsFor(this.projection.fitBounds, this.projection.allBounds, size.width, size.height);
    const ratio = Math.min(size.width / this.view.widthPx, size.height / this.view.heightPx);
    this.setView(
      {
        ...this.view,
        widthPx: size.width,
        heightPx: size.height,
        zoom: this.view.zoom * Math.max(ratio, 0.25),
      },
      true,
    );
  }

  override update(time: number, delta: number): void {
    if (!this.base) return;
    this.input2.tick(delta);
    if (this.movedAt > 0 && time - this.movedAt > SETTLE_MS) this.settleNow();
    const s = store.getState();
    this.flight.update(s.mission?.phase === 'flight' ? (s.mission.flight?.tH ?? null) : null, time);
  }

  /** Client (CSS) pixel of a place, for tests and DOM callouts; null when off the map. */
  lonLatToClient(lon: number, lat: number): { x: number; y: number } | null {
    const p = this.projection.toMap(lonLat(lon, lat));
    if (!Number.isFinite(p.x)) return null;
    const sp: ScreenPx = mapToScreen(this.view, p);
    const rect = this.game.canvas.getBoundingClientRect();
    return { x: rect.left + sp.x / this.dpr(), y: rect.top + sp.y / this.dpr() };
  }

  private teardown(): void {
    for (const u of this.unsubs) u();
    this.unsubs = [];
    this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.base.destroy();
    this.route.destroy();
    this.flight.destroy();
    this.registry.remove('lonLatToClient');
  }
}
