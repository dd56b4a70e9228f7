/**
 * The reports end to end below HTTP, on both databases: seeded data → use case → model → each
 * renderer, then read back (PDF text, parsed CSV, HTML source) and compared with the seed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../support/databases.js';
import { createStore } from '../../src/storage/kysely-store.js';
import type { Store } from '../../src/app/ports/store.js';
import type { Actor } from '../../src/domain/model/employee.js';
import { getContactsReportData } from '../../src/app/reports/get-contacts-report-data.js';
import { getActivityListReportData, getGroupActivitiesReportData } from '../../src/app/reports/get-activities-report-data.js';
import { buildActivitiesReport, buildContactsReport } from '../../src/reports/build.js';
import { planPages } from '../../src/reports/layout.js';
import { reportDataRepository } from '../../src/storage/repositories/report-data.js';
import { scopeOf } from '../../src/app/group-activities/load-draft.js';
import { includedByJoin, includedQuery } from '../../src/storage/repositories/group-activity-scope.js';
import { seedReportData, renderToBuffer, pdfText, parseCsv, type Seeded } from './support.js';

const clock = { now: () => new Date('2026-11-27T10:00:00.000Z') };
const neutral = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
/** What a PDF cell shows: one line; 🚀 is not in DejaVu Sans (😀 is), so it becomes □. */
const printed = (s: string) => s.replace(/\s+/g, ' ').replace(/🚀/gu, '□');

describeEachDatabase('reports', (ctx) => {
  let store: Store;
  let seed: Seeded;
  let actor: Actor;
  beforeAll(async () => {
    store = createStore(ctx.database);
    seed = await seedReportData(ctx.database.db, { bulk: 140 });
    actor = { employeeId: seed.employees.anna, role: 'admin', name: 'Anna Berg' };
  });

  const contacts = async (locale: 'sv' | 'en') => buildContactsReport(await getContactsReportData(store, clock, actor, seed.groupId), locale);

  describe('contacts report (before creation)', () => {
    it('PDF holds every included contact, number and person, with the planned page count', async () => {
      const report = await contacts('sv');
      const pdf = await pdfText(await renderToBuffer('pdf', report));
      const plan = planPages(report.model);
      expect(plan.pages).toBeGreaterThan(3);
      expect(pdf.pages).toBe(plan.pages);
      expect(pdf.pageTexts[0]).toContain(`Sida 1 av ${plan.pages}`);
      expect(pdf.pageTexts[plan.pages - 1]).toContain(`Sida ${plan.pages} av ${plan.pages}`);
      expect(pdf.text).toContain('Västkustens Verktyg & Söner AB');
      expect(pdf.text).toContain('Ort är Göteborg');
      expect(pdf.text).toContain(`${seed.included.length} med, 1 borttagen för hand`);
      for (const c of seed.included) {
        expect(pdf.text).toContain(`${c.number} ${printed(c.name)}`);
        for (const p of c.persons) expect(pdf.text).toContain(printed(p.name));
      }
      expect(pdf.text).not.toContain('Stockholm Other AB');
      expect(pdf.text).not.toContain('Göteborg Removed AB');
      expect(pdf.text).not.toContain('Inaktiv Person');
      expect(pdf.text).toContain('Raket □ Café');
    });

    it('CSV parses back to one row per contact person in both languages, formulas neutralised', async () => {
      const expected = seed.included.flatMap((c) => (c.persons.length ? c.persons : [null]).map((p) => [
        String(c.number), neutral(c.name), neutral(p?.name ?? ''), neutral(p?.title ?? ''), p?.email ?? '',
      ]));
      for (const [locale, sep] of [['sv', ';'], ['en', ',']] as const) {
        const buf = await renderToBuffer('csv', await contacts(locale));
        expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const rows = parseCsv(buf, sep);
        expect(rows[0]![0]).toBe(locale === 'sv' ? 'Nr' : 'No.');
        const body = rows.slice(1);
        // With the distribution the rows follow the distribution order (postal code, here = number).
        const got = body.map((r) => [r[0], r[1], r[7], r[8], r[11]]);
        const byJson = (a: string[], b: string[]) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);
        expect([...got].sort(byJson)).toEqual([...expected].sort(byJson));
        const numbers = [...new Set(got.map((r) => Number(r[0])))];
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
        expect(body.some((r) => r[1] === "'=HYPERLINK(\"x\")")).toBe(true);
        expect(body.some((r) => r[1] === 'Rad\nbrytning AB')).toBe(true);
      }
    });

    it('shows the distribution: every contact gets one of the three, in even shares', async () => {
      const rows = parseCsv(await renderToBuffer('csv', await contacts('sv')), ';').slice(1);
      const perContact = new Map(rows.map((r) => [r[0], r[6]]));
      const counts = new Map<string, number>();
      for (const who of perContact.values()) counts.set(who!, (counts.get(who!) ?? 0) + 1);
      expect([...counts.keys()].sort()).toEqual(['Anna Berg', 'Erik Lund', 'Sara Nyström']);
      const n = seed.included.length;
      for (const c of counts.values()) expect(Math.abs(c - n / 3)).toBeLessThan(1);
    });

    it('HTML escapes every user text and has the same pages as the PDF', async () => {
      const report = await contacts('en');
      const html = (await renderToBuffer('html', report)).toString('utf8');
      const plan = planPages(report.model);
      expect(html).not.toContain('<b>Fet</b>');
      expect(html).not.toContain('<i>Åsa</i>');
      expect(html).toContain('&lt;b&gt;Fet&lt;/b&gt; &quot;Citat&quot; AB');
      expect(html).toContain('Raket 🚀 Café');
      expect(html).toContain('@page { size: A4; margin: 0 }');
      expect(html.match(/<section class="sheet"/g)?.length).toBe(plan.pages);
      expect(html).toContain(`Page ${plan.pages} of ${plan.pages}`);
      // The only tags are the renderer's own.
      const tags = new Set([...html.matchAll(/<\/?([a-zA-Z]+)/g)].map((m) => m[1]!.toLowerCase()));
      expect([...tags].sort()).toEqual(['body', 'div', 'head', 'html', 'meta', 'section', 'style', 'title']);
    });
  });

  it('the included set read through the joined moves is the probed set, with and without the skip rule', async () => {
    const draft = (await store.groupActivities.get(seed.groupId))!;
    const { db } = ctx.database;
    const type = await db.selectFrom('activities').select('type_id').where('type_id', 'is not', null).executeTakeFirstOrThrow();
    for (const scope of [scopeOf(draft, true), { ...scopeOf(draft, true), skipOpenOfType: type.type_id }]) {
      const probed = (await includedQuery(db, scope).select('contacts.id').orderBy('contacts.id').execute()).map((r) => r.id);
      const joined = (await includedByJoin(db, scope).select('contacts.id').orderBy('contacts.id').execute()).map((r) => r.id);
      expect(joined).toEqual(probed);
    }
    const all = await includedByJoin(db, scopeOf(draft, true)).select('contacts.number').execute();
    expect(all.map((r) => r.number).sort((a, b) => a - b)).toEqual(seed.included.map((c) => c.number).sort((a, b) => a - b));
  });

  it('reads the same rows across keyset pages as in one page', async () => {
    const draft = (await store.groupActivities.get(seed.groupId))!;
    const rule = { kind: 'runs' as const, ownManagerIds: null, bounds: [{ employeeId: seed.employees.sara, upTo: 50 }, { employeeId: seed.employees.erik, upTo: 10_000 }] };
    const collect = async (perPage: number, withRule: boolean) => {
      const out: { responsibleName: string | null }[] = [];
      const repo = reportDataRepository(ctx.database.db, ctx.database.dialect, { contactsPerPage: perPage });
      for await (const r of repo.streamContacts(scopeOf(draft, true), withRule ? rule : null)) out.push(r);
      return out;
    };
    // Contacts without a postal code come last in the distribution order (a leg of its own).
    const { db } = ctx.database;
    const noCode = seed.included.slice(2, 6).map((c) => c.number);
    const codes = await db.selectFrom('contacts').select(['number', 'postal_code']).where('number', 'in', noCode).execute();
    await db.updateTable('contacts').set({ postal_code: null }).where('number', 'in', noCode).execute();
    try {
      for (const withRule of [false, true]) {
        const whole = await collect(100_000, withRule);
        expect(whole.length).toBe(seed.included.length);
        expect(whole.some((c) => (c as unknown as { persons: unknown[] }).persons.length > 0)).toBe(true);
        expect(await collect(7, withRule)).toEqual(whole);
        expect(await collect(1, withRule)).toEqual(whole);
        if (withRule) {
          const last = whole.slice(-20) as unknown as { number: number; postalCode: string | null }[];
          const tail = [...new Set(last.filter((r) => r.postalCode === null).map((r) => r.number))];
          expect(tail).toEqual([...noCode].sort((a, b) => a - b));
          expect(last.at(-1)!.postalCode).toBeNull();
        }
        if (withRule) {
          // The same employee per contact as the engine's own assignment (what finish will create).
          const engine = await store.groupActivities.assignments(scopeOf(draft, true), rule, { limit: 100_000, afterRank: 0 });
          const name = new Map([[seed.employees.sara, 'Sara Nyström'], [seed.employees.erik, 'Erik Lund']]);
          const mine = new Map(whole.map((r) => [(r as unknown as { contactId: number }).contactId, r.responsibleName]));
          expect(mine.size).toBe(engine.length);
          for (const a of engine) expect(mine.get(a.contactId)).toBe(name.get(a.employeeId!));
        }
      }
    } finally {
      for (const c of codes) await db.updateTable('contacts').set({ postal_code: c.postal_code }).where('number', '=', c.number).execute();
    }
  });

  describe('activities report (after finish)', () => {
    it('lists every activity of the batch with its contacts, numbers first–last and totals', async () => {
      const build = async () => buildActivitiesReport(await getGroupActivitiesReportData(store, clock, actor, seed.finishedGroupId), 'sv');
      const report = await build();
      const pdf = await pdfText(await renderToBuffer('pdf', report));
      expect(pdf.pages).toBe(planPages(report.model).pages);
      const last = seed.activityNumbers.length;
      expect(pdf.text).toContain(`Aktivitetsnummer 1–${last}`);
      expect(pdf.text).toContain('Summa per ansvarig');
      expect(pdf.text).toContain(`Totalt ${new Intl.NumberFormat('sv-SE').format(last)}`);
      for (const c of seed.included) expect(pdf.text).toContain(printed(c.name));
      expect(pdf.text).not.toContain('Other');

      const csv = parseCsv(await renderToBuffer('csv', await build()), ';').slice(1);
      expect([...new Set(csv.map((r) => Number(r[0])))]).toEqual(seed.activityNumbers);
      expect(csv.find((r) => r[0] === '1')![3]).toBe('\'=cmd|"/c calc"!A1');
      expect(csv.every((r) => r[2] === 'Telefon <samtal>')).toBe(true);
    });

    it('a CSV read without counting first (rows alone) is the same file as with the counts', async () => {
      const uncountedGroup = await getGroupActivitiesReportData(store, clock, actor, seed.finishedGroupId, { counts: false });
      expect(uncountedGroup.counts).toBeNull();
      const counted = await renderToBuffer('csv', buildActivitiesReport(await getGroupActivitiesReportData(store, clock, actor, seed.finishedGroupId), 'sv'));
      expect((await renderToBuffer('csv', buildActivitiesReport(uncountedGroup, 'sv'))).equals(counted)).toBe(true);
      const uncountedContacts = await getContactsReportData(store, clock, actor, seed.groupId, { counts: false });
      expect(uncountedContacts.counts).toBeNull();
      const countedContacts = await renderToBuffer('csv', await contacts('en'));
      expect(parseCsv(countedContacts, ',').length).toBeGreaterThan(seed.included.length);
      expect((await renderToBuffer('csv', buildContactsReport(uncountedContacts, 'en'))).equals(countedContacts)).toBe(true);
    });

    it('refuses the activity report of a draft', async () => {
      await expect(getGroupActivitiesReportData(store, clock, actor, seed.groupId)).rejects.toMatchObject({ code: 'CONFLICT' });
    });

    it('the activity list report follows the list filters', async () => {
      const data = await getActivityListReportData(store, clock, actor, { responsibleId: seed.employees.erik, from: '2026-12-01', to: '2026-12-31' });
      const csv = parseCsv(await renderToBuffer('csv', buildActivitiesReport(data, 'en')), ',').slice(1);
      expect(csv.length).toBeGreaterThan(0);
      expect(csv.every((r) => r[1] === 'Erik Lund')).toBe(true);
      const again = await getActivityListReportData(store, clock, actor, { responsibleId: seed.employees.erik, from: '2026-12-01', to: '2026-12-31' });
      const pdf = await pdfText(await renderToBuffer('pdf', buildActivitiesReport(again, 'en')));
      expect(pdf.text).toContain('responsible Erik Lund');
      expect(pdf.text).toContain('Totals per responsible');
    });
  });
});
