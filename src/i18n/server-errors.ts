/**
 * The API's error messages in Swedish. Use cases and the domain throw English messages (the API's
 * language: scripts and the conventions read them), and the HTTP layer translates the ones a user
 * meets in the web app when the request asks for Swedish; the web app sends its language as
 * `Accept-Language`. Each entry is an English template with placeholders and its Swedish text;
 * a message without an entry stays English. `{id}`, `{n}`, `{sum}`, `{total}` match numbers,
 * `{what}` a thing the API names (translated with NOUNS), `{status}` a draft status, anything else
 * any text. A test keeps every template in step with the messages in the source.
 */
import type { Locale } from './index.js';

export const SV_ERRORS: ReadonlyArray<readonly [string, string]> = [
  // registers and login
  ['name is required', 'namn måste anges'],
  ['e-mail is required', 'e-post måste anges'],
  ['password is required', 'lösenord måste anges'],
  ['company name is required', 'företagsnamn måste anges'],
  ['name longer than {n} characters', 'namnet är längre än {n} tecken'],
  ['a contact person needs a first or last name', 'en kontaktperson behöver ett förnamn eller ett efternamn'],
  ['the current password is wrong', 'det nuvarande lösenordet är fel'],
  ['an employee who can log in needs an e-mail', 'en medarbetare som kan logga in behöver en e-postadress'],
  ['a password needs at least {n} characters', 'ett lösenord behöver minst {n} tecken'],
  ['the e-mail {email} belongs to another employee', 'e-postadressen {email} tillhör en annan medarbetare'],
  ['the last active administrator must stay an active administrator', 'den sista aktiva administratören måste förbli aktiv administratör'],
  ['a selection named "{name}" already exists', 'det finns redan ett sparat urval som heter "{name}"'],
  ['the {what} is in use and cannot be deleted; make it inactive instead (inactive: true)', '{what:the} används och kan inte tas bort; gör den inaktiv i stället'],
  ['the contact has activities and cannot be deleted; make it inactive instead (inactive: true)', 'kontakten har aktiviteter och kan inte tas bort; gör den inaktiv i stället'],
  ['the contact person is linked to activities and cannot be deleted; make it inactive instead (inactive: true)', 'kontaktpersonen är kopplad till aktiviteter och kan inte tas bort; gör den inaktiv i stället'],
  ['no employee has id {id}', 'det finns ingen medarbetare med id {id}'],
  ['the standard duration must be more than 0 minutes', 'standardlängden måste vara mer än 0 minuter'],
  ['no status has id {id}', 'det finns ingen status med id {id}'],
  ['the status "{name}" is not flagged done', 'statusen "{name}" är inte markerad som klar'],
  // contact code registers
  ['code is required', 'kod måste anges'],
  ['label is required', 'benämning måste anges'],
  ['the code is longer than {n} characters', 'koden är längre än {n} tecken'],
  ['the code "{code}" is already in the register', 'koden "{code}" finns redan i registret'],
  ['no {what} has the code "{code}"', 'koden "{code}" finns inte i registret för {what}'],
  ['no {what} has the code or label "{code}"', '"{code}" finns inte som kod eller benämning i registret för {what}'],
  // calendar, task list and calendar feeds
  ['the end of the interval must be after its start', 'periodens slut måste ligga efter dess början'],
  ['the interval may span at most {n} days', 'perioden får vara högst {n} dagar lång'],
  ['choose at least one activity', 'välj minst en aktivitet'],
  ['at most {n} activities at a time', 'högst {n} aktiviteter åt gången'],
  ['"{name}" is not a known time zone (e.g. Europe/Stockholm)', '"{name}" är ingen känd tidszon (t.ex. Europe/Stockholm)'],
  ['expected an absolute URL such as https://crm.example.se', 'en fullständig adress väntades, t.ex. https://crm.foretaget.se'],
  ['the public URL must start with https:// or http://', 'den publika adressen måste börja med https:// eller http://'],
  ['the public URL may not have a query or fragment', 'den publika adressen får inte ha frågedel eller fragment'],
  // activities and the card
  ['the end is before the start', 'slutet ligger före starten'],
  ['an end needs a start', 'ett slut behöver en start'],
  ['this activity type requires a responsible employee', 'den här aktivitetstypen kräver en ansvarig medarbetare'],
  ['"{value}" is not an ISO 8601 date-time', '"{value}" är ingen giltig tidpunkt'],
  ['expected a date (YYYY-MM-DD) or an ISO timestamp', 'ett datum (ÅÅÅÅ-MM-DD) eller en tidpunkt väntades'],
  ['expected an ISO-8601 timestamp', 'en tidpunkt väntades (ISO 8601)'],
  ['a shared activity keeps at least one contact', 'en gemensam aktivitet behåller minst en kontakt'],
  ['{field} cannot be changed for all activities of a per-contact group; edit each activity instead', 'det här fältet kan inte ändras för alla aktiviteter i en grupp med en aktivitet per kontakt; ändra varje aktivitet för sig'],
  ['activity {id} is done and belongs to a finished group activity; send force=true to delete it', 'aktivitet {id} är klar och hör till en slutförd gruppaktivitet; den tas bara bort om du bekräftar det'],
  // distribution, finish, undo
  ['name at least one account manager', 'välj minst en kundansvarig'],
  ['employee {id} is named twice', 'medarbetare {id} är vald två gånger'],
  ['a count is a whole number of 0 or more', 'ett antal är ett heltal, 0 eller mer'],
  ['a weight is a number of 0 or more', 'en vikt är ett tal, 0 eller mer'],
  ['at least one weight must be above 0', 'minst en vikt måste vara större än 0'],
  ['employee {id} is inactive', 'medarbetare {id} är inaktiv'],
  ['employee {id} is not an account manager', 'medarbetare {id} är inte kundansvarig'],
  ['the counts add up to {sum} but {total} contacts are included', 'antalen blir {sum} men {total} kontakter ingår'],
  ['the counts add up to {sum} but {total} activities are included', 'antalen blir {sum} men {total} aktiviteter ingår'],
  ['a distribution needs per-contact mode; a shared activity has one responsible', 'en fördelning kräver en aktivitet per kontakt; en gemensam aktivitet har en ansvarig'],
  ['the selection is empty: give at least one criterion', 'urvalet är tomt: ange minst ett villkor'],
  ['no contact is included: the selection and the moves leave nothing to create', 'ingen kontakt ingår: urvalet och flyttarna lämnar inget att skapa'],
  ['every included contact ({n}) already has an open activity of that type', 'varje kontakt som ingår ({n}) har redan en öppen aktivitet av den typen'],
  ['group activity {id} has no activities yet; finish it first', 'gruppaktivitet {id} har inga aktiviteter ännu; slutför den först'],
  ['group activity {id} has no activities to undo', 'gruppaktivitet {id} har inga aktiviteter att ångra'],
  ['activities of this group are marked done ({n}); send force=true to delete them too', 'aktiviteter i gruppen är redan markerade som klara ({n})'],
  ['group activity {id} was undone; start a new one from its selection', 'gruppaktivitet {id} är ångrad; starta en ny från dess urval'],
  ['group activity {id} is {status}; only a draft can be changed', 'gruppaktivitet {id} är {status}; bara ett utkast kan ändras'],
  ['group activity {id} is {status}; the activity report exists after finish', 'gruppaktivitet {id} är {status}; aktivitetsrapporten finns när den är slutförd'],
  ['group activity {id} was cancelled', 'gruppaktivitet {id} är avbruten'],
  ['group activity {id} is {status}', 'gruppaktivitet {id} är {status}'],
  // change values for an activity selection (domain/activity-change, app/activity-changes)
  ['a list of { field, … } changes', 'en lista med ändringar { field, … }'],
  ['at most {n} changes', 'högst {n} ändringar'],
  ['a change is { field, set | moveBy | append | distribution | add | remove }', 'en ändring är { field, set | moveBy | append | distribution | add | remove }'],
  ['field is required', 'fältet måste anges'],
  ['"{field}" is changed twice; give one change per field', '"{field}" ändras två gånger; ange en ändring per fält'],
  ['"{field}" cannot be changed here (use {list})', '"{field}" kan inte ändras här (använd {list})'],
  ['give exactly one of set, moveBy, append, distribution', 'ange exakt ett av set, moveBy, append, distribution'],
  ['send add or remove (a list of ids)', 'ange add eller remove (en lista med id)'],
  ['{id} is both added and removed', '{id} både läggs till och tas bort'],
  ['a non-empty list of ids', 'en lista med minst ett id'],
  ['at most {n} ids', 'högst {n} id'],
  ['an id (whole number)', 'ett id (ett heltal)'],
  ['an id (whole number) or null', 'ett id (ett heltal) eller null'],
  ['an activity needs a type; choose one', 'en aktivitet behöver en typ; välj en'],
  ['true or false', 'sant eller falskt (true eller false)'],
  ['a date and time (ISO 8601, e.g. 2026-12-07T09:00:00Z)', 'ett datum och en tid (ISO 8601, t.ex. 2026-12-07T09:00:00Z)'],
  ['a text or null', 'en text eller null'],
  ['at most {n} characters', 'högst {n} tecken'],
  ['a colour as #rrggbb', 'en färg som #rrggbb'],
  ['an object { days, hours, minutes }', 'ett objekt { days, hours, minutes }'],
  ['a whole number of {unit} (± {n})', 'ett heltal ({unit}, högst ± {n})'],
  ['move by at least one minute', 'flytta minst en minut'],
  ['only startAt and endAt can be moved', 'bara start och slut (startAt, endAt) kan flyttas'],
  ['only notes take append', 'bara anteckningar (notes) kan få en rad tillagd'],
  ['a line of text to append', 'en textrad att lägga till'],
  ['only responsibleId takes a distribution', 'bara ansvarig (responsibleId) kan fördelas'],
  ['counts, even, weighted or ownManager', 'counts, even, weighted eller ownManager'],
  ['the new end is before the new start', 'det nya slutet är före den nya starten'],
  ['unknown time zone "{zone}" (e.g. Europe/Stockholm)', 'okänd tidszon "{zone}" (t.ex. Europe/Stockholm)'],
  ['choose at least one field to change', 'välj minst ett fält att ändra'],
  ['no change distributes responsibleId', 'ingen ändring fördelar ansvarig (responsibleId)'],
  ['{n} activities would end before they start; choose conflicts: "shift" or "skip"', '{n} aktiviteter skulle sluta innan de börjar; välj conflicts: "shift" eller "skip"'],
  ['every included activity ({n}) would end before it starts and is skipped: nothing to change', 'varje aktivitet som ingår ({n}) skulle sluta innan den börjar och hoppas över: inget att ändra'],
  ['no activity is included: the selection and the unticked ones leave nothing to change', 'ingen aktivitet ingår: urvalet och de avbockade lämnar inget att ändra'],
  ['activity change {id} is {status}; only a finished change can be undone', 'ändringen {id} är {status}; bara en slutförd ändring kan ångras'],
  ['activity change {id} is {status}; the report after exists once it is finished', 'ändringen {id} är {status}; rapporten efter finns när den är slutförd'],
  ['activity change {id} is {status}; only a draft can be changed', 'ändringen {id} är {status}; bara ett utkast kan ändras'],
  ['activity change {id} is {status}', 'ändringen {id} är {status}'],
  // import of contacts (row problems and the import's own checks)
  ['not a number', 'inte ett tal'],
  ['not a whole number', 'inte ett heltal'],
  ['not a positive whole number', 'inte ett positivt heltal'],
  ['expected yes or no', 'ja eller nej väntades'],
  ['unknown contact type "{type}"', 'okänd kontakttyp "{type}"'],
  ['too long for a postal code', 'för långt för ett postnummer'],
  ['not a Swedish postal code (five digits, 123 45)', 'inget svenskt postnummer (fem siffror, 123 45)'],
  ['not an e-mail address', 'ingen e-postadress'],
  ['longer than {n} characters', 'längre än {n} tecken'],
  ['the row has {n} columns, the header {total}', 'raden har {n} kolumner, rubrikraden {total}'],
  ['no employee is called "{name}"', 'ingen medarbetare heter "{name}"'],
  ['more than one employee is called "{name}"; use the e-mail address', 'fler än en medarbetare heter "{name}"; ange e-postadressen'],
  ['the contact number is missing', 'kontaktnumret saknas'],
  ['the row before, of the same contact, was rejected', 'raden före, med samma kontakt, avvisades'],
  ['the contact number is also on line {n}', 'samma kontaktnummer finns på rad {n}'],
  ['the organisation number is also on line {n}', 'samma organisationsnummer finns på rad {n}'],
  ['the e-mail address is also on line {n}', 'samma e-postadress finns på rad {n}'],
  ['contact number {n} is also on line {id}', 'kontaktnummer {n} finns också på rad {id}'],
  ['{n} contacts have this contact number', '{n} kontakter har det här kontaktnumret'],
  ['{n} contacts have this organisation number', '{n} kontakter har det här organisationsnumret'],
  ['{n} contacts have this e-mail address', '{n} kontakter har den här e-postadressen'],
  ['the matching contact has number {n}', 'kontakten som matchar har nummer {n}'],
  ['the name is missing (needed for a new contact)', 'namnet saknas (behövs för en ny kontakt)'],
  ['contact number {n} is taken', 'kontaktnummer {n} är upptaget'],
  ['no contact has number {n}', 'ingen kontakt har nummer {n}'],
  ['the row has no person', 'raden har ingen kontaktperson'],
  ['the file is empty', 'filen är tom'],
  ['the file has no rows', 'filen har inga rader'],
  ['the file cannot be read: {reason}', 'filen går inte att läsa: {reason}'],
  ['the workbook has no sheet "{name}"', 'arbetsboken har inget blad "{name}"'],
  ['the file has no column "{name}"', 'filen har ingen kolumn "{name}"'],
  ['unknown field "{name}"', 'okänt fält "{name}"'],
  ['columns "{a}" and "{b}" are both mapped to {field}', 'kolumnerna "{a}" och "{b}" är båda kopplade till {field}'],
  ['map a column to name (or to the match key, to update only)', 'koppla en kolumn till namn (eller till matchningsnyckeln, för att bara uppdatera)'],
  ['map a column of the persons file to contactNumber', 'koppla en kolumn i personfilen till kontaktnummer'],
  ['import {id} is already undone', 'import {id} är redan ångrad'],
  ['the file is larger than {n} MB', 'filen är större än {n} MB'],
  ['upload the file again: it is gone (files are kept for a day)', 'ladda upp filen igen: den finns inte kvar (filer sparas ett dygn)'],
  // references, access, the request's shape
  ['{what} {id} does not exist', '{what} {id} finns inte'],
  ['{what} {id} not found', '{what} {id} finns inte'],
  ['unknown field "{key}"', 'okänt fält "{key}"'],
  ['log in or send a bearer token', 'logga in först'],
  ['administrator role required', 'det här kräver administratörsbehörighet'],
  // login security
  ['wrong e-mail or password', 'fel e-postadress eller lösenord'],
  ['too many failed log-in attempts; try again in {n} second', 'för många misslyckade inloggningsförsök; försök igen om {n} sekund'],
  ['too many failed log-in attempts; try again in {n} seconds', 'för många misslyckade inloggningsförsök; försök igen om {n} sekunder'],
  ['too many failed log-in attempts; try again in {n} minutes', 'för många misslyckade inloggningsförsök; försök igen om {n} minuter'],
  ['cross-site request refused', 'begäran från en annan webbplats nekades'],
  ['send the body as JSON (Content-Type: application/json)', 'skicka innehållet som JSON (Content-Type: application/json)'],
  ['send the file as the request body (Content-Type: application/octet-stream)', 'skicka filen som anropets innehåll (Content-Type: application/octet-stream)'],
  ['the expiry must lie in the future', 'utgångstiden måste ligga i framtiden'],
  // input every route shares (domain/input-limits.ts, app/paging.ts)
  ['text may not hold control characters (only tab, line feed and carriage return)', 'texten får inte innehålla styrtecken (bara tabb och radbrytning)'],
  ['text holds an invalid character (a lone UTF-16 surrogate)', 'texten innehåller ett ogiltigt tecken'],
  ['invalid cursor', 'ogiltig sidmarkör; börja om från första sidan'],
  ['cursor does not match the sort', 'sidmarkören hör till en annan sortering; börja om från första sidan'],
  ['the cursor belongs to another list or sort; start again without it', 'sidmarkören hör till en annan lista eller sortering; börja om från första sidan'],
  ['you may only change your own saved selections (or be an administrator)', 'du kan bara ändra dina egna sparade urval (eller vara administratör)'],
];

/** What the API names, in Swedish: indefinite ("kontakt 5 finns inte") and definite ("resursen"). */
const NOUNS: Record<string, [string, string]> = {
  'employee': ['medarbetare', 'medarbetaren'],
  'contact': ['kontakt', 'kontakten'],
  'contact person': ['kontaktperson', 'kontaktpersonen'],
  'resource': ['resurs', 'resursen'],
  'activity type': ['aktivitetstyp', 'aktivitetstypen'],
  'status': ['status', 'statusen'],
  'priority': ['prioritet', 'prioriteten'],
  'activity': ['aktivitet', 'aktiviteten'],
  'batch': ['omgång', 'omgången'],
  'selection': ['urval', 'urvalet'],
  'group activity': ['gruppaktivitet', 'gruppaktiviteten'],
  'activity change': ['ändring', 'ändringen'],
  'token': ['token', 'tokenen'],
  'category': ['kategori', 'kategorin'],
  'line of business': ['bransch', 'branschen'],
  'contact status': ['kontaktstatus', 'kontaktstatusen'],
  'district': ['distrikt', 'distriktet'],
};
const STATUSES: Record<string, string> = { draft: 'ett utkast', finished: 'slutförd', undone: 'ångrad', cancelled: 'avbruten', gone: 'borttagen' };

const NUMERIC = new Set(['id', 'n', 'sum', 'total']);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Compiled = { re: RegExp; names: string[]; sv: string };
const compiled: Compiled[] = SV_ERRORS.map(([en, sv]) => {
  const names: string[] = [];
  const re = en.split(/(\{\w+\})/).map((part) => {
    const m = /^\{(\w+)\}$/.exec(part);
    if (!m) return escape(part);
    names.push(m[1]!);
    return NUMERIC.has(m[1]!) ? '(\\d+)' : m[1] === 'what' ? `(${Object.keys(NOUNS).sort((a, b) => b.length - a.length).map(escape).join('|')})` : '(.+?)';
  }).join('');
  return { re: new RegExp(`^${re}$`), names, sv };
});

/** The message in the given language: Swedish where the catalogue knows it, else as it came. */
export function localizeErrorMessage(message: string, locale: Locale): string {
  if (locale !== 'sv') return message;
  // Schema errors come as "field: problem"; the field path is the API's and stays as it is.
  const prefixed = /^([\w.[\]]+): (.*)$/.exec(message);
  if (prefixed && !compiled.some((c) => c.re.test(message))) return `${prefixed[1]}: ${localizeErrorMessage(prefixed[2]!, locale)}`;
  for (const c of compiled) {
    const m = c.re.exec(message);
    if (!m) continue;
    const values = new Map(c.names.map((name, i) => [name, m[i + 1]!]));
    return c.sv.replace(/\{(\w+)(?::the)?\}/g, (whole, name: string) => {
      const v = values.get(name) ?? whole;
      if (name === 'what') return NOUNS[v]?.[whole.endsWith(':the}') ? 1 : 0] ?? v;
      if (name === 'status') return STATUSES[v] ?? v;
      return v;
    });
  }
  return message;
}
