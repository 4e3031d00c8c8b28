/**
 * Greedy label placement: each label tries right, left, above and below its point and takes the
 * first spot that overlaps no label already placed and no point marker (obstacles such as
 * waypoint handles are avoided when possible, covered when there is no other room). Earlier labels win,
 * so callers list the important ones first. With `leaders`, a label that finds no room beside its
 * point (a cluster of sites, such as Washington) moves further out on a ring of spots and is
 * drawn with a leader line back to its point. Pure: screen px in, positions out.
 */
export interface LabelRequest {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelPlacement {
  /** Top-left corner of the label. */
  x: number;
  y: number;
  /** False when every candidate spot overlapped: the label is left out. */
  shown: boolean;
  /** The label sits away from its point: draw a line from the point to `anchor`. */
  leader?: { x: number; y: number };
}

/** Eight directions, nearest to the usual right/left/up/down first. */
const RING: readonly (readonly [number, number])[] = [
  [1, 0],
  [-1, 0],
  [1, -1],
  [-1, -1],
  [1, 1],
  [-1, 1],
  [0, -1],
  [0, 1],
];

/** Spots on rings around the point (`steps` rings, `step` px apart), each with its leader end. */
function ringCandidates(
  r: LabelRequest,
  gap: number,
  step: number,
  steps: number,
): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  for (let k = 1; k <= steps; k++) {
    const d = gap + step * k;
    for (const [dx, dy] of RING) {
      const len = Math.hypot(dx, dy);
      const ax = r.x + (dx / len) * d;
      const ay = r.y + (dy / len) * d;
      const x = dx > 0 ? ax : dx < 0 ? ax - r.width : ax - r.width / 2;
      const y = dy > 0 ? ay : dy < 0 ? ay - r.height : ay - r.height / 2;
      out.push([x, y, ax, ay]);
    }
  }
  return out;
}

type Box = [number, number, number, number];

const overlaps = (a: Box, b: Box): boolean => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

export function placeLabels(
  requests: readonly LabelRequest[],
  gap: number,
  markerRadius: number,
  /** Other things not to cover (waypoint handles…), as [minX, minY, maxX, maxY]. */
  obstacles: readonly (readonly [number, number, number, number])[] = [],
  /** The visible area: a spot inside it is preferred to one that would be cut at the edge. */
  bounds?: readonly [number, number, number, number],
  /** Rings of spots further out, with a leader line (step in px, number of rings). */
  leaders?: { step: number; rings: number },
): LabelPlacement[] {
  const taken: Box[] = requests.map((r) => [
    r.x - markerRadius,
    r.y - markerRadius,
    r.x + markerRadius,
    r.y + markerRadius,
  ]);
  // Index < n: the label's own marker, which its label may touch; the rest are obstacles.
  const n = taken.length;
  for (const o of obstacles) taken.push([o[0], o[1], o[2], o[3]]);
  return requests.map((r, i) => {
    const candidates: [number, number, number?, number?][] = [
      [r.x + gap, r.y - r.height / 2],
      [r.x - gap - r.width, r.y - r.height / 2],
      [r.x - r.width / 2, r.y - gap - r.height],
      [r.x - r.width / 2, r.y + gap],
      ...(leaders ? ringCandidates(r, gap, leaders.step, leaders.rings) : []),
    ];
    // First a spot clear of everything; failing that, one that covers obstacles but no label.
    const m = n + obstacles.length;
    for (const soft of [false, true]) {
      for (const [x, y, ax, ay] of candidates) {
        const box: Box = [x, y, x + r.width, y + r.height];
        const blocks = (t: Box, j: number): boolean =>
          (j < n ? j !== i : !(soft && j < m)) && overlaps(t, box);
        const cut =
          !soft &&
          bounds !== undefined &&
          (x < bounds[0] || y < bounds[1] || box[2] > bounds[2] || box[3] > bounds[3]);
        if (!cut && !taken.some(blocks)) {
          taken.push(box);
          return ax === undefined || ay === undefined
            ? { x, y, shown: true }
            : { x, y, shown: true, leader: { x: ax, y: ay } };
        }
      }
    }
    const [x, y] = candidates[0] as [number, number];
    return { x, y, shown: false };
  });
}
