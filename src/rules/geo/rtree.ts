/**
 * A Flatbush box search that reuses one result array instead of allocating two per query (the
 * leg checks run thousands of searches per plan). Same traversal as Flatbush#search, over its
 * public-typed internals (_boxes, _indices, _levelBounds); Flatbush is pinned in package.json.
 */
import type Flatbush from 'flatbush';

const stack: number[] = [];

/** Fills out with the ids of boxes meeting the query box; returns out.length. */
export function searchInto(
  tree: Flatbush,
  minX: number,
  minY: number,
  maxX: number,
  maxY: number,
  out: number[],
): number {
  out.length = 0;
  const boxes = tree._boxes;
  const indices = tree._indices;
  const levelBounds = tree._levelBounds;
  const step = tree.nodeSize * 4;
  const numItems4 = tree.numItems * 4;
  let sp = 0;
  let nodeIndex = boxes.length - 4;
  let level = levelBounds.length - 1;
  for (;;) {
    const end = Math.min(nodeIndex + step, levelBounds[level]!);
    const isNode = nodeIndex >= numItems4;
    for (let pos = nodeIndex; pos < end; pos += 4) {
      if (maxX < boxes[pos]! || maxY < boxes[pos + 1]! || minX > boxes[pos + 2]! || minY > boxes[pos + 3]!)
        continue;
      const index = indices[pos >> 2]! | 0;
      if (isNode) {
        stack[sp++] = index;
        stack[sp++] = level - 1;
      } else {
        out.push(index);
      }
    }
    if (sp === 0) return out.length;
    level = stack[--sp]!;
    nodeIndex = stack[--sp]!;
  }
}
