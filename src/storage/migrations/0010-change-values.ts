/**
 * The change-values wizard (issue 13): a draft per run (`activity_changes`), the activities the
 * user unticked in step 3 (`activity_change_exclusions`), per changed activity ONE row with the
 * old and new value of each recorded column (`activity_change_rows`, columns `old_x`/`new_x`), and
 * the links added or removed (`activity_change_values`), which undo restores set-based.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../dialect.js';

/** The activity columns a change can record, with their types. */
const RECORDED_COLUMNS: [string, 'integer' | 'text'][] = [
  ['subject', 'text'], ['type_id', 'integer'],
  ['status_id', 'integer'],
  ['priority_id', 'integer'],
  ['responsible_id', 'integer'],
  ['done', 'integer'],
  ['done_at', 'text'],
  ['color', 'text'],
  ['show_in_task_list', 'integer'],
  ['custom1', 'text'],
  ['custom2', 'text'],
  ['notes', 'text'],
  ['start_at', 'text'],
  ['end_at', 'text'],
];

export async function up(db: Kysely<any>, d: Dialect): Promise<void> {
  await db.schema
    .createTable('activity_changes')
    .addColumn('id', 'integer', d.idColumn)
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('selection', 'text')
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('conflicts', 'text')
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('finish_result', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('employees.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('activity_changes_created_by_ix').on('activity_changes').columns(['created_by', 'id']).execute();
  await db.schema
    .createTable('activity_change_exclusions')
    .addColumn('change_id', 'integer', (c) => c.notNull().references('activity_changes.id').onDelete('cascade'))
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('activity_change_exclusions_pk', ['change_id', 'activity_id'])
    .execute();
  let rows = db.schema
    .createTable('activity_change_rows')
    .addColumn('change_id', 'integer', (c) => c.notNull().references('activity_changes.id').onDelete('cascade'))
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activities.id').onDelete('cascade'));
  for (const [col, type] of RECORDED_COLUMNS) rows = rows.addColumn(`old_${col}`, type).addColumn(`new_${col}`, type);
  await rows.addPrimaryKeyConstraint('activity_change_rows_pk', ['change_id', 'activity_id']).execute();
  await db.schema
    .createTable('activity_change_values')
    .addColumn('change_id', 'integer', (c) => c.notNull().references('activity_changes.id').onDelete('cascade'))
    .addColumn('activity_id', 'integer', (c) => c.notNull().references('activities.id').onDelete('cascade'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('old_value', 'text')
    .addColumn('new_value', 'text')
    .execute();
  await db.schema.createIndex('activity_change_values_ix').on('activity_change_values').columns(['change_id', 'field', 'activity_id']).execute();
}
