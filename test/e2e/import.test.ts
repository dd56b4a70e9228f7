/**
 * The import page in real headless Chromium, in Swedish, over a real server: reached from the
 * menu, a small Windows-1252 file uploaded, a column the headers do not map mapped by hand, a dry
 * run that names the bad line, the import with errors skipped (progress, counts, the rejected
 * rows to download), and undo.
 */
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BROWSER_AVAILABLE, launchBrowser, newPage, screenshot } from '../support/browser.js';
import { ADMIN_EMAIL, ADMIN_PASSWORD, startTestServer, type TestServer } from '../support/http.js';
import { testKinds } from '../support/databases.js';

const WEB_ROOT = path.resolve(import.meta.dirname, '..', '..', 'dist', 'web');
const FILE = iconv.encode([
  'Kundnr;Företag;Postnr;Hemort;Förnamn;Efternamn',
  '4001;Östra Åkeriet AB;111 22;Västerås;Åsa;Öberg',
  '4002;Felaktiga Postnr AB;12;Umeå;;',
  '4003;Norra Bygg HB;981 31;Kiruna;Per;Persson',
].join('\r\n'), 'windows-1252');

for (const kind of testKinds('import page')) {
  describe.skipIf(!BROWSER_AVAILABLE)(`import page in Chromium [${kind}]`, () => {
    let t: TestServer;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      t = await startTestServer(kind, { webRoot: WEB_ROOT });
      browser = await launchBrowser();
      ({ page } = await newPage(browser, { locale: 'sv-SE' }));
      await page.goto(`${t.baseUrl}/contacts`);
      await page.getByLabel('E-post').fill(ADMIN_EMAIL);
      await page.getByLabel('Lösenord').fill(ADMIN_PASSWORD);
      await page.getByRole('button', { name: 'Logga in' }).click();
      await page.getByRole('link', { name: 'Importera' }).click();
      await page.waitForURL(/\/import$/);
    });
    afterAll(async () => {
      await browser?.close();
      await t?.close();
    });

    it('uploads a file and shows its columns mapped by their Swedish headers, with the first rows', async () => {
      await expect(page.getByRole('heading', { name: 'Importera kontakter' }).isVisible()).resolves.toBe(true);
      await page.getByLabel('Fil med kontakter').setInputFiles({ name: 'kunder.csv', mimeType: 'text/csv', buffer: FILE });
      await page.getByRole('heading', { name: 'Koppla kolumner till fält' }).waitFor();
      await expect(page.getByLabel('Teckenkodning').inputValue()).resolves.toBe('windows-1252');
      await expect(page.getByLabel('Avgränsare').inputValue()).resolves.toBe(';');
      await expect(page.getByLabel('Postnr', { exact: true }).inputValue()).resolves.toBe('postalCode');
      await expect(page.getByLabel('Förnamn', { exact: true }).inputValue()).resolves.toBe('person1.firstName');
      await expect(page.getByLabel('Hemort', { exact: true }).inputValue()).resolves.toBe('');
      expect(await page.getByRole('row', { name: /Hemort/ }).textContent()).toContain('Västerås · Umeå · Kiruna');
    });

    it('maps the unmapped column by hand and dry-runs: the bad line is named, nothing is saved', async () => {
      await page.getByLabel('Hemort', { exact: true }).selectOption({ label: 'Ort' });
      await page.getByRole('button', { name: 'Provkör' }).click();
      await page.getByRole('heading', { name: 'Provkörning: inget har sparats' }).waitFor();
      const errorRow = page.getByRole('region', { name: 'Provkörning: inget har sparats' }).getByRole('row', { name: /Felaktiga Postnr AB/ });
      expect(await errorRow.textContent()).toContain('Postnr: inget svenskt postnummer (fem siffror, 123 45)');
      expect(await errorRow.textContent()).toContain('3');
      await screenshot(page, `import-dry-run-${kind}`);
      expect((await t.api('GET', '/api/contacts')).body.items).toEqual([]);
    });

    it('imports the other rows with errors skipped, then undoes the import', async () => {
      await page.getByLabel('Importera övriga rader och spara de felaktiga i en fil').check();
      await page.getByRole('button', { name: 'Importera', exact: true }).click();
      await page.getByRole('heading', { name: 'Importen är klar' }).waitFor();
      await page.getByRole('link', { name: 'Ladda ner de avvisade raderna (1)' }).waitFor();
      const contacts = (await t.api('GET', '/api/contacts?sort=number')).body.items;
      expect(contacts.map((c: any) => [c.number, c.name, c.city])).toEqual([[4001, 'Östra Åkeriet AB', 'Västerås'], [4003, 'Norra Bygg HB', 'Kiruna']]);
      await screenshot(page, `import-done-${kind}`);

      page.once('dialog', (d) => void d.accept());
      await page.getByRole('button', { name: 'Ångra importen' }).first().click();
      await page.getByText('Importen är ångrad: 2 kontakter borttagna, 0 återställda.').waitFor();
      expect((await t.api('GET', '/api/contacts')).body.items).toEqual([]);
      await page.getByRole('cell', { name: 'Ångrad' }).waitFor();
    });
  });
}
