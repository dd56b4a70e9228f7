/**
 * The order to copy tables in so every foreign key points at a row already there: referenced
 * tables first (a topological order of the foreign keys), ties by name so every run is the same.
 * Self-references do not order anything.
 */
export function dependencyOrder(tables: readonly string[], references: ReadonlyArray<readonly [from: string, to: string]>): string[] {
  const known = new Set(tables);
  const needs = new Map<string, Set<string>>(tables.map((t) => [t, new Set<string>()]));
  for (const [from, to] of references) if (from !== to && known.has(from) && known.has(to)) needs.get(from)!.add(to);
  const out: string[] = [];
  const done = new Set<string>();
  while (out.length < tables.length) {
    const ready = [...needs.keys()].filter((t) => !done.has(t) && [...needs.get(t)!].every((d) => done.has(d))).sort();
    // A cycle (none in this schema) would stop here: copy the rest by name rather than loop.
    const next = ready.length ? ready : [...needs.keys()].filter((t) => !done.has(t)).sort();
    for (const t of next) { done.add(t); out.push(t); }
  }
  return out;
}
