/**
 * Waits until a condition holds in the page, polled from Node with `page.evaluate`. The app's
 * Content-Security-Policy forbids eval, which Playwright's polling `waitForFunction` needs for a
 * string predicate, and a string holding a function expression does not work around it: it
 * evaluates to the function itself, which is truthy, so such a wait returned at once. DevTools'
 * evaluation is not subject to the page's policy. `condition` is an expression or a function
 * expression (called without arguments); the truthy value it reached is returned.
 */
import type { Page } from 'playwright-core';

export async function pollPage<T = unknown>(page: Page, condition: string, timeout = 15_000, intervalMs = 25): Promise<T> {
  const trimmed = condition.trim();
  const expression = /^(\(\s*\)|async\s*\(\s*\))\s*=>/.test(trimmed) || /^function\b/.test(trimmed) ? `(${trimmed})()` : trimmed;
  const end = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(expression);
    if (value) return value as T;
    if (Date.now() > end) throw new Error(`the page never met: ${trimmed.replace(/\s+/g, ' ').slice(0, 160)}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
