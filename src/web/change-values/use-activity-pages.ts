/**
 * The step-3 checklist (`GET /api/activity-changes/:id/activities?q=`), paged by row offset through
 * the shared `useOffsetPages`: a new search starts at the top, a tick keeps the place.
 */
import { useOffsetPages } from '../shared/use-offset-pages';
import type { ChangeActivityRow } from './types';

export function useActivityPages(changeId: number, q: string, version: number) {
  const listUrl = (params: Record<string, string>) => {
    const p = new URLSearchParams(params);
    if (q) p.set('q', q);
    return `/api/activity-changes/${changeId}/activities?${p}`;
  };
  return useOffsetPages<ChangeActivityRow>(listUrl, `${changeId}|${q}`, version);
}
