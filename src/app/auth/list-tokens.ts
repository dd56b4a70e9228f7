/**
 * Sessions and API tokens, newest last: administrators see everybody's (or one employee's with
 * `employeeId`), everybody else only their own. The caller's own token is marked `current`.
 */
import type { Store } from '../ports/store.js';
import type { TokenInfo, TokenKind } from '../ports/auth.js';
import type { Actor } from '../../domain/model/employee.js';
import { clampLimit, decodeCursor, toPage, type Page } from '../paging.js';
import { validation } from '../../domain/errors.js';

export type TokenListItem = TokenInfo & { current: boolean };

export async function listTokens(
  store: Store, actor: Actor, query: { employeeId?: number; kind?: TokenKind; limit?: string; cursor?: string },
  currentTokenId?: number,
): Promise<Page<TokenListItem>> {
  const limit = clampLimit(query.limit);
  const cursor = decodeCursor(query.cursor);
  const afterId = cursor === undefined ? undefined : cursor[0];
  if (afterId !== undefined && !(typeof afterId === 'number' && Number.isSafeInteger(afterId))) throw validation('cursor', 'invalid cursor');
  const employeeId = actor.role === 'admin' ? query.employeeId : actor.employeeId;
  const rows = await store.auth.listTokens({ employeeId, kind: query.kind, afterId: afterId as number | undefined, limit: limit + 1 });
  return toPage(rows, limit, (r) => ({ ...r, current: r.id === currentTokenId }), (r) => [r.id]);
}
