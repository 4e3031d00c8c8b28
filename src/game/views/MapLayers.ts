/**
 * What the map draws over the baked base map, and how each layer follows the store: the route
 * (plan, verdict, selection), the preview rings, the host's proposal, the flight. The map scene
 * owns the view and the framing; this wires the layers to their store slices and the zoom.
 */
import type Phaser from 'phaser';
import { store } from '../../state/store';
import { currentLevel } from '../../state/selectors';
import { isReducedMotion } from '../../state/actions/settings';
import { forecastOf } from '../../state/actions/mission-engine';
import { AIRFIELD_BY_ID } from '../../world';
import type { HostResponse } from '../../rules/host';
import {
  flightOf,
  previewMarksOf,
  reviewProposalOf,
  routeModelOf,
  samePreviewMarks,
  sameRouteModel,
} from '../map-state';
import type { MapPalette } from '../palette';
import type { MapProjection } from '../projection';
import { subscribeSlice } from '../../state/subscribe';
import { FlightLayer } from './FlightLayer';
import { PreviewLayer } from './PreviewLayer';
import { ReviewLayer } from './ReviewLayer';
import { RouteLayer } from './RouteLayer';
import type { TextAdopter } from './route-texts';

export class MapLayers {
  readonly route: RouteLayer;
  readonly preview: PreviewLayer;
  readonly review: ReviewLayer;
  readonly flight: FlightLayer;

  constructor(
    scene: Phaser.Scene,
    projection: MapProjection,
    palette: MapPalette,
    dpr: () => number,
    /** The Canvas renderer's one-pass text batch for the waypoint numbers (text-batch.ts), or null. */
    numbers: TextAdopter | null = null,
  ) {
    const airfield = (id: string): { lat: number; lon: number } | undefined => AIRFIELD_BY_ID.get(id);
    this.route = new RouteLayer(scene, projection, airfield, palette, dpr, numbers);
    this.preview = new PreviewLayer(scene, projection, palette, dpr);
    this.review = new ReviewLayer(scene, projection, airfield, palette, dpr);
    const level = currentLevel(store.getState());
    this.flight = new FlightLayer(
      scene,
      projection,
      palette,
      level?.targets ?? [],
      level ? forecastOf(level) : null,
      dpr,
      () => isReducedMotion(store.getState()),
    );
  }

  /**
   * Draws each layer from the store now and on every change of its slice; the host's proposal
   * goes through `onReview` (the scene frames it). Returns the unsubscribe functions.
   */
  watch(onReview: (r: HostResponse | null) => void): (() => void)[] {
    const unsubs = [
      subscribeSlice(store, routeModelOf, (m) => this.route.set(m), sameRouteModel),
      subscribeSlice(store, previewMarksOf, (m) => this.preview.set(m), samePreviewMarks),
      subscribeSlice(store, flightOf, (f) => this.flight.setFlight(f)),
      subscribeSlice(store, reviewProposalOf, onReview),
      subscribeSlice(
        store,
        (s) => s.reviewFocus,
        (c) => this.review.setFocus(c),
      ),
    ];
    const s = store.getState();
    this.route.set(routeModelOf(s));
    this.preview.set(previewMarksOf(s));
    onReview(reviewProposalOf(s));
    this.review.setFocus(s.reviewFocus);
    this.flight.setFlight(flightOf(s));
    return unsubs;
  }

  setZoom(zoom: number): void {
    this.route.setZoom(zoom);
    this.preview.setZoom(zoom);
    this.review.setZoom(zoom);
    this.flight.setZoom(zoom);
  }

  /** Per frame: only the flight animates. */
  update(time: number): void {
    const s = store.getState();
    this.flight.update(s.mission?.phase === 'flight' ? (s.mission.flight?.tH ?? null) : null, time);
  }

  destroy(): void {
    this.route.destroy();
    this.preview.destroy();
    this.review.destroy();
    this.flight.destroy();
  }
}
