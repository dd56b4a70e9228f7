import { describe, expect, it } from 'vitest';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler } from 'kysely';
import type { DB } from '../schema.js';
import { escapeLike, selectionFilter } from './compile.js';
import type { Selection } from '../../domain/selection/types.js';

// A Kysely that only compiles (no connection), to look at the SQL the selection becomes.
const db = new Kysely<DB>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (k) => new PostgresIntrospector(k),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});
const compile = (selection: Selection | null) => db.selectFrom('contacts').select('id').where(selectionFilter(selection)).compile();

describe('selectionFilter', () => {
  it('binds every value and folds text through kfold (index-friendly IN on kfold(city))', () => {
    const q = compile({ match: [{ field: 'city', condition: 'in', value: ['Göteborg', "O'Hara; drop table contacts"] }, { field: 'turnover', condition: 'gte', value: 10 }] });
    expect(q.sql).toBe('select "id" from "contacts" where ("contacts"."inactive" = 0 and kfold("contacts"."city") in ($1, $2) and "contacts"."turnover" >= $3)');
    expect(q.parameters).toEqual(['göteborg', "o'hara; drop table contacts", 10]);
  });

  it('escapes LIKE patterns', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
    const q = compile({ match: [{ field: 'name', condition: 'contains', value: '10%' }] });
    expect(q.sql).toContain(`kfold("contacts"."name") like $1 escape '\\'`);
    expect(q.parameters).toEqual(['%10\\%%']);
  });

  it('groups "or" terms of "and" runs and skips the inactive rule when inactive is tested', () => {
    const q = compile({ match: [
      { field: 'inactive', condition: 'isTrue' },
      { connector: 'or', field: 'city', condition: 'isEmpty' },
      { connector: 'and', field: 'types', condition: 'eq', value: 'supplier' },
    ] });
    expect(q.sql).toBe('select "id" from "contacts" where ("contacts"."inactive" = 1 or (("contacts"."city" is null or "contacts"."city" = \'\') and "contacts"."is_supplier" = 1))');
  });

  it('turns relations into EXISTS subqueries', () => {
    const q = compile({ match: [{ field: 'activities', condition: 'none', value: { match: [{ field: 'typeId', condition: 'eq', value: 4 }] } }] });
    expect(q.sql).toContain('exists (select 1 from activity_contacts sel_ac join activities sel_a on "sel_a"."id" = "sel_ac"."activity_id" where "sel_ac"."contact_id" = "contacts"."id")');
    expect(q.sql).toContain('and not exists (select 1 from activity_contacts sel_ac join activities sel_a');
    expect(q.sql).toContain('and "sel_a"."type_id" = $1)');
    expect(q.parameters).toEqual([4]);
  });

  it('has only the inactive rule without a selection, and validates what it is given', () => {
    expect(compile(null).sql).toBe('select "id" from "contacts" where "contacts"."inactive" = 0');
    expect(() => compile({ match: [{ field: 'nope', condition: 'eq', value: 1 }] })).toThrow('unknown field "nope"');
  });
});
