/**
 * Side-by-side placement of overlapping activities in one day column (or one row of the common
 * calendar): items that overlap form a cluster; each gets the first free lane, and every item of
 * a cluster is as wide as 1 / (lanes of that cluster).
 */
export type Span = { start: number; end: number };
export type Placed<T> = { item: T; lane: number; lanes: number };

export function layoutLanes<T>(items: T[], span: (t: T) => Span): Placed<T>[] {
  const sorted = items.map((item) => ({ item, s: span(item) }))
    .sort((a, b) => a.s.start - b.s.start || b.s.end - a.s.end);
  const out: Placed<T>[] = [];
  let cluster: { p: Placed<T>; end: number }[] = [];
  let clusterEnd = -Infinity;
  let laneEnds: number[] = [];
  const close = () => {
    const lanes = Math.max(1, laneEnds.length);
    for (const c of cluster) { c.p.lanes = lanes; out.push(c.p); }
    cluster = []; laneEnds = [];
  };
  for (const { item, s } of sorted) {
    // a zero-length item still takes a little room so that it can be seen and clicked
    const end = Math.max(s.end, s.start + 1);
    if (s.start >= clusterEnd && cluster.length) close();
    let lane = laneEnds.findIndex((e) => e <= s.start);
    if (lane < 0) { lane = laneEnds.length; laneEnds.push(end); } else laneEnds[lane] = end;
    cluster.push({ p: { item, lane, lanes: 1 }, end });
    clusterEnd = cluster.length === 1 ? end : Math.max(clusterEnd, end);
  }
  if (cluster.length) close();
  return out;
}
