/**
 * The map: the observed party on a conformal conic, its airfields and reach, the level's zones
 * and targets (baked once per view), the route and the flight on top. Input becomes mission
 * actions; the rules decide everything else. Rebuilt (scene restart) only when the subject
 * changes: another level or party, or the palette.
 */
import Phaser from 'phaser';
import { store } from '../../state/store';
import { currentLevel, currentPlan } from '../../state/selectors';
import { asCountriesTopology, cachedBaseGeometry } from '../map-data';
import { mapHudOf } from '../map-hud';
import { reviewProposalOf, subjectOf, viewSessionOf } from '../map-state';
import { buildOverlay, focusBounds } from '../overlay-data';
import { homeFrame, routeFrame } from '../route-frame';
import { cssHex, paletteFor } from '../palette';
import { lonLat, type MapBounds, type MapProjection, type ScreenPx } from '../projection';
import { subscribeSlice } from '../../state/subscribe';
import { sceneDpr } from '../dpr';
import { setMapHud, setMapSubject, setReviewLegend, setRouteDrag } from '../../state/actions/view';
import {
  clampView,
  fitView,
  growBounds,
  limitsFor,
  mapToScreen,
  panBy,
  zoomAt,
  type View,
  type ViewLimits,
} from '../view';
import { BaseMap } from '../views/BaseMap';
import { domInsets } from '../views/dom-insets';
import { MapInput, type MapInputHandlers } from '../views/MapInput';
import { MapLayers } from '../views/MapLayers';
import { TextBatch } from '../views/text-batch';
import { mapPartialRedraw, type PartialRedraw } from '../views/partial-redraw';
import { routeEditing } from '../views/route-editing';
import { ATLAS_KEY } from './Preloader';

const SETTLE_MS = 120;
/** The host's changes are framed with at least this share of the focus's larger side around them. */
const REVIEW_MIN_SPAN = 0.35;

const PANEL_IDS = ['topbar', 'left-panel', 'right-panel', 'bottom-bar', 'screen'];

export class MapScene extends Phaser.Scene {
  private view!: View;
  private limits!: ViewLimits;
  private projection!: MapProjection;
  private base!: BaseMap;
  private layers!: MapLayers;
  private mapInput!: MapInput;
  private subjectKey = '';
  private hasZones = false;
  private hasTargets = false;
  private movedAt = 0;
  /** The initial framing: the level's airfields, zones and sites, else the party's main territory. */
  private focus!: MapBounds;
  private userMoved = false;
  /** While the host's proposal is shown: its changed legs, framed instead of the focus. */
  private reviewFrame: MapBounds | null = null;
  private unsubs: (() => void)[] = [];
  private partial: PartialRedraw | null = null;

  constructor() {
    super('MapScene');
  }

  private dpr(): number {
    return sceneDpr(this);
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
    const geom = cachedBaseGeometry(topology, new Set(subject.hostTerritory));
    this.projection = geom.projection;
    const overlay = buildOverlay(this.projection, subject);
    this.base = new BaseMap(this, geom, overlay, palette, this.dpr());
    // Under the Canvas renderer the waypoint numbers draw in one pass (text-batch.ts).
    const numbers = this.sys.game.renderer.type === Phaser.CANVAS ? new TextBatch(this) : null;
    this.layers = new MapLayers(this, this.projection, palette, () => this.dpr(), numbers);
    // …and a waypoint drag redraws only the screen around the moving legs (partial-redraw.ts).
    this.partial = numbers
      ? mapPartialRedraw(
          this.game,
          this.layers,
          this.base,
          () => this.view,
          () => this.dpr(),
        )
      : null;

    const { width, height } = this.scale;
    this.limits = limitsFor(this.projection.fitBounds, this.projection.allBounds, width, height);
    const fitBounds = this.projection.fitBounds;
    // A map with no sites (the sandbox) opens on the take-off airfield's reach.
    const home = s.screen === 'mission' ? (currentPlan(s)?.airfield ?? null) : null;
    this.focus = homeFrame(overlay, fitBounds, home) ?? focusBounds(overlay, fitBounds);
    this.fit();
    this.watchPanels();

    this.mapInput = new MapInput(
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
    // Which map is up (tests wait for it): the subject's key, e.g. "party:BLR,RUS:2019".
    setMapSubject(store, subject.key);
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
      subscribeSlice(store, (s) => s.mapFocus, restartIfNeeded),
      // Free flight picks its own map even with a mission saved: rebuild when the screen changes it.
      subscribeSlice(store, (s) => s.screen, restartIfNeeded),
      // Another DOM screen, a new mission or a retry: frame afresh once it is laid out.
      subscribeSlice(store, viewSessionOf, () =>
        requestAnimationFrame(() => {
          if (!this.scene.isActive()) return;
          this.userMoved = false;
          this.fit();
        }),
      ),
      // The Hud legend folds and unfolds: frame clear of it unless the player moved the map.
      subscribeSlice(
        store,
        (s) => s.hudLegendTopPx,
        () => !this.userMoved && this.view && this.fit(),
      ),
      // "Fit route" (sandbox bar): the whole route once; the player's view from then on.
      subscribeSlice(
        store,
        (s) => s.fitRouteSeq,
        () => {
          this.fit(routeFrame(currentPlan(store.getState()), this.projection) ?? this.focus);
          this.userMoved = true;
        },
      ),
      ...this.layers.watch((r) => this.setReview(r)),
    );
  }

  /** The host's proposal over the route, and its legend lines for the Hud. */
  private setReview(r: ReturnType<typeof reviewProposalOf>): void {
    const review = this.layers.review;
    review.set(r);
    const shift =
      review.active && r?.submittedPlan && r.proposedPlan
        ? r.changes.reduce((h, c) => h + (c.kind === 'takeoff-time' ? c.deltaH : 0), 0)
        : 0;
    const changed = review.changedBounds();
    const frame = changed ? growBounds(changed, this.focus, REVIEW_MIN_SPAN) : null;
    const reframe = (frame === null) !== (this.reviewFrame === null);
    this.reviewFrame = frame;
    if (reframe && !this.userMoved && this.view) this.fit();
    setReviewLegend(store, review.active ? { takeoffShiftH: shift, marked: review.marked } : null);
  }

  private inputHandlers(): MapInputHandlers {
    return {
      pan: (dx, dy) => {
        this.userMoved = true;
        this.setView(panBy(this.view, dx, dy, this.limits));
      },
      zoom: (f, at) => {
        this.userMoved = true;
        this.setView(zoomAt(this.view, f, at, this.limits));
      },
      ...routeEditing(
        this.layers.route,
        this.layers.preview,
        this.projection,
        () => this.view,
        () => this.dpr(),
      ),
      settle: () => {
        this.movedAt = this.time.now;
      },
    };
  }

  /** Frames the party in the part of the canvas the DOM panels leave free. */
  private fit(frame?: MapBounds): void {
    const { width, height } = this.scale;
    const insets = { ...domInsets(this.dpr()) };
    const legend = store.getState().hudLegendTopPx;
    insets.bottom = Math.max(insets.bottom, legend);
    this.setView(
      fitView(frame ?? this.reviewFrame ?? this.focus, width, height, 40 * this.dpr(), insets),
      true,
    );
    this.userMoved = false;
  }

  /**
   * Panels open, close and change size (a screen opens, a drawer folds): frame the map again,
   * unless the player has already moved it.
   */
  private watchPanels(): void {
    const observer = new ResizeObserver(() => {
      if (!this.userMoved) this.fit();
    });
    for (const id of PANEL_IDS) {
      const el = document.getElementById(id);
      if (el) observer.observe(el);
    }
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => observer.disconnect());
  }

  private setView(v: View, immediate = false): void {
    this.view = clampView(v, this.limits);
    const cam = this.cameras.main;
    cam.setZoom(this.view.zoom);
    cam.centerOn(this.view.cx, this.view.cy);
    this.base.follow(this.view.zoom);
    this.movedAt = this.time.now;
    if (immediate) this.settleNow();
  }

  private settleNow(): void {
    this.movedAt = 0;
    this.base.update(this.view);
    setMapHud(
      store,
      mapHudOf(this.projection, this.view, { zones: this.hasZones, targets: this.hasTargets }),
    );
    this.layers.setZoom(this.view.zoom);
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
    this.mapInput.tick(delta);
    if (this.movedAt > 0 && time - this.movedAt > SETTLE_MS) this.settleNow();
    this.layers.update(time);
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
    this.partial?.destroy();
    this.partial = null;
    for (const u of this.unsubs) u();
    this.unsubs = [];
    this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.base.destroy();
    this.layers.destroy();
    setReviewLegend(store, null);
    // A drag cut short by a scene change never lands: the panels must not keep waiting for it.
    setRouteDrag(store, null);
    setMapSubject(store, null);
  }
}
