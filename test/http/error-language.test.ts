/**
 * Error messages follow the language the request asks for: the web app sends its language, so a
 * Swedish user reads Swedish; a script that names no language reads English, as documented.
 */
import { expect, it } from 'vitest';
import { describeEachServer } from '../support/http.js';

const SV = { headers: { 'accept-language': 'sv' } };
const EN = { headers: { 'accept-language': 'en-GB,en;q=0.9' } };

describeEachServer('error messages in the request language', (t) => {
  it('a rule of the application: Swedish when asked, English otherwise', async () => {
    const sv = await t.api('POST', '/api/contacts', { name: '  ' }, SV);
    expect(sv.status).toBe(400);
    expect(sv.body.error).toEqual({ code: 'VALIDATION', field: 'name', message: 'namn måste anges' });
    expect((await t.api('POST', '/api/contacts', { name: '  ' }, EN)).body.error.message).toBe('name is required');
    expect((await t.api('POST', '/api/contacts', { name: '  ' })).body.error.message).toBe('name is required');
  });

  it('a schema error keeps its field path and says the problem in Swedish', async () => {
    const unknown = await t.api('POST', '/api/contacts', { name: 'Acme', nmae: 'x' }, SV);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toBe('nmae');
    expect(unknown.body.error.message).toBe('nmae: okänt fält "nmae"');
    const type = await t.api('POST', '/api/contacts', { name: 'Acme', turnover: 'many' }, SV);
    expect(type.status).toBe(400);
    expect(type.body.error.field).toBe('turnover');
    expect(type.body.error.message).toBe('Omsättning: ett tal väntades');
  });

  it('a conflict names the thing in Swedish', async () => {
    const type = await t.api('POST', '/api/activity-types', { name: 'Telefon' });
    expect(type.status).toBe(201);
    const a = await t.api('POST', '/api/activities', { subject: 'Ring', typeId: type.body.id });
    expect(a.status).toBe(201);
    const del = await t.api('DELETE', `/api/activity-types/${type.body.id}`, undefined, SV);
    expect(del.status).toBe(409);
    expect(del.body.error.message).toBe('aktivitetstypen används och kan inte tas bort; gör den inaktiv i stället');
    const missing = await t.api('POST', '/api/activities', { subject: 'Ring', responsibleId: 999999 }, SV);
    expect(missing.status).toBe(400);
    expect(missing.body.error).toMatchObject({ field: 'responsibleId', message: 'medarbetare 999999 finns inte' });
  });
});
