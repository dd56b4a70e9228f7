/**
 * The keyboard and scrolling of a virtualised listbox over a list paged by `useOffsetPages`, as
 * both wizards' step-3 lists have it: only the rows in view are rendered (sized from the known
 * total) and their pages fetched; one row is active (`aria-activedescendant`), and the arrow keys,
 * Page Up/Down and Home/End move it and scroll it into view. What a click, Space or Shift does to
 * the rows (mark them, tick them) is the feature's own.
 */
import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';

export function useVirtualListbox({ count, rowHeight, ensure }: { count: number; rowHeight: number; ensure: (first: number, last: number) => void }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => rowHeight, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const first = items.length ? items[0].index : 0;
  const last = items.length ? items[items.length - 1].index : 0;
  useEffect(() => { ensure(first, last); }, [first, last, ensure]);

  /**
   * A navigation key moves the active row and scrolls it into view; returns the row it moved to,
   * or null when the key is not one (the caller goes on with its own keys).
   */
  const navigate = (e: KeyboardEvent): number | null => {
    if (count === 0) return null;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -Infinity, End: Infinity };
    if (!(e.key in moves)) return null;
    e.preventDefault();
    const to = Math.max(0, Math.min(count - 1, active + moves[e.key]));
    setActive(to);
    virtualizer.scrollToIndex(to, { align: 'auto' });
    return to;
  };

  return { scrollRef, virtualizer, items, active, setActive, navigate };
}

export const isSpace = (e: KeyboardEvent) => e.key === ' ' || e.key === 'Spacebar';

/** A double-click (or a Shift-click, when `shiftToo`) on a row does not select the row's text. */
export const keepTextUnselected = (shiftToo: boolean) => (e: MouseEvent) => { if ((shiftToo && e.shiftKey) || e.detail > 1) e.preventDefault(); };
