/**
 * Greedy label placement: each label tries right, left, above and below its point and takes the
 * first spot that overlaps no label already placed and no point marker (obstacles such as
 * waypoint handles are avoided when possible, covered when there is no other room). Earlier labels win,
 * so callers list the important ones first. Pure: screen px in, positions out.
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
    const candidates: [number, number][] = [
      [r.x + gap, r.y - r.height / 2],
      [r.x - gap - r.width, r.y - r.height / 2],
      [r.x - r.width / 2, r.y - gap - r.height],
      [r.x - r.width / 2, r.y + gap],
    ];
    // First a spot clear of everything; failing that, one that covers obstacles but no label.
    const m = n + obstacles.length;
    for (const soft of [false, true]) {
      for (const [x, y] of candidates) {
        const box: Box = [x, y, x + r.width, y + r.height];
        const blocks = (t: Box, j: number): boolean =>
          (j < n ? j !== i : !(soft && j < m)) && overlaps(t, box);
        const cut =
          !soft &&
          bounds !== undefined &&
          (x < bounds[0] || y < bounds[1] || box[2] > bounds[2] || box[3] > bounds[3]);
        if (!cut && !taken.some(blocks)) {
          taken.push(box);
          return { x, y, shown: true };
        }
      }
    }
    const [x, y] = candidates[0] as [number, number];
    return { x, y, shown: false };
  });
}
