/**
 * Private iCalendar subscription URLs: a feed's secret is shown once, at creation, and stored only
 * as its SHA-256 hash, so the database never holds a usable URL. The feed holds the owner's
 * calendar activities (not the task list) from 30 days back to a year ahead.
 */
import crypto from 'node:crypto';
import type { Store } from '../ports/store.js';
import type { Clock } from '../ports/clock.js';
import type { CalendarFeed } from '../ports/calendar.js';
import type { CalendarItem } from '../../domain/calendar/calendar-item.js';
import { notFound, validation } from '../../domain/errors.js';

export const FEED_DAYS_BACK = 30;
export const FEED_DAYS_AHEAD = 366;

const hashOf = (secret: string) => crypto.createHash('sha256').update(secret).digest('hex');

export async function createCalendarFeed(
  store: Store, clock: Clock, employeeId: number, name: string | null,
): Promise<{ feed: CalendarFeed; secret: string }> {
  const clean = name?.trim() || null;
  if (clean && clean.length > 100) throw validation('name', 'at most 100 characters');
  const secret = crypto.randomBytes(24).toString('base64url');
  const feed = await store.calendar.createFeed(employeeId, hashOf(secret), clean, clock.now().toISOString());
  return { feed, secret };
}

export function listCalendarFeeds(store: Store, employeeId: number): Promise<CalendarFeed[]> {
  return store.calendar.listFeeds(employeeId);
}

export async function revokeCalendarFeed(store: Store, employeeId: number, id: number): Promise<void> {
  if (!(await store.calendar.deleteFeed(employeeId, id))) throw notFound('calendar feed', id);
}

/** The activities of the feed with that secret; not found for an unknown or revoked secret. */
export async function readCalendarFeed(
  store: Store, clock: Clock, secret: string,
): Promise<{ employeeId: number; ownerName: string | null; items: CalendarItem[] }> {
  const now = clock.now();
  if (!/^[A-Za-z0-9_-]{16,100}$/.test(secret)) throw notFound('calendar feed');
  const feed = await store.calendar.useFeed(hashOf(secret), now.toISOString());
  if (!feed) throw notFound('calendar feed');
  const day = 86_400_000;
  const items = await store.calendar.items({
    from: new Date(now.getTime() - FEED_DAYS_BACK * day).toISOString(),
    to: new Date(now.getTime() + FEED_DAYS_AHEAD * day).toISOString(),
    employeeIds: [feed.employeeId], resourceIds: [],
  });
  const owner = await store.employees.get(feed.employeeId);
  return { employeeId: feed.employeeId, ownerName: owner?.name ?? null, items };
}
