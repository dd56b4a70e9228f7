/**
 * A value read from the API once per session and shared by every page that shows it (the small
 * registers behind drop-downs and names), dropped and re-read by every open page after it
 * changes. A read that failed in part (before login, a lost connection) is not kept: the next
 * page asks again.
 */
import { useEffect, useState } from 'react';

/** Wraps one request of a read: a failure answers no rows and marks the read as not to be kept. */
export type OrEmpty = <R>(request: Promise<R[]>) => Promise<R[]>;

export type SessionCache<T> = {
  /** The hook: the empty value at first, then the cached one; re-reads after `invalidate`. */
  use: () => T;
  /** Drops the cached value (after a register changed) and lets every open page re-read. */
  invalidate: () => void;
};

export function sessionCache<T>(empty: T, read: (orEmpty: OrEmpty) => Promise<T>): SessionCache<T> {
  let cache: Promise<T> | null = null;
  const listeners = new Set<() => void>();

  const load = (): Promise<T> => {
    if (!cache) {
      let failed = false;
      const orEmpty: OrEmpty = (request) => request.catch(() => { failed = true; return []; });
      const mine: Promise<T> = read(orEmpty).then((value) => {
        if (failed && cache === mine) cache = null;
        return value;
      });
      cache = mine;
    }
    return cache;
  };

  function use(): T {
    const [value, setValue] = useState<T>(empty);
    const [gen, setGen] = useState(0);
    useEffect(() => {
      const l = () => setGen((g) => g + 1);
      listeners.add(l);
      return () => { listeners.delete(l); };
    }, []);
    useEffect(() => {
      let live = true;
      void load().then((v) => { if (live) setValue(v); });
      return () => { live = false; };
    }, [gen]);
    return value;
  }

  return {
    use,
    invalidate: () => {
      cache = null;
      for (const l of listeners) l();
    },
  };
}
