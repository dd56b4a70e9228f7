/**
 * The fixed part of the demo: 20 employees (the first 8 account managers), resources, activity
 * types, statuses, priorities and the company settings. Pure data, no randomness needed.
 */
import type { DemoRegisters } from '../ports/seed.js';
import { CATEGORIES, CONTACT_STATUSES, TRADES } from './swedish-names.js';
import { DISTRICTS } from './swedish-cities.js';

const CATEGORY_LABELS: Record<string, string> = { A: 'Storkund', B: 'Mellanstor kund', C: 'Mindre kund' };

/** The code registers the demo contacts draw from: every value demo-contacts.ts can write. */
function demoCodes(): DemoRegisters['codes'] {
  const lines = [...new Set(TRADES.map(([, lob]) => lob))];
  return [
    ...CATEGORIES.map(([code]) => ({ field: 'category' as const, code, label: CATEGORY_LABELS[code] ?? code })),
    ...lines.map((code) => ({ field: 'lineOfBusiness' as const, code, label: code })),
    ...CONTACT_STATUSES.map(([code]) => ({ field: 'status' as const, code, label: code })),
    ...Object.values(DISTRICTS).map((code) => ({ field: 'district' as const, code, label: code })),
  ];
}

const EMPLOYEES: [string, string, boolean][] = [
  ['Anna Lindqvist', 'AL', true], ['Johan Bergström', 'JB', true], ['Karin Sjöberg', 'KS', true], ['Mikael Åberg', 'MÅ', true],
  ['Sara Holmberg', 'SH', true], ['Peter Engström', 'PE', true], ['Elin Nyström', 'EN', true], ['Fredrik Öberg', 'FÖ', true],
  ['Lena Wallin', 'LW', false], ['Magnus Eklund', 'ME', false], ['Maria Forsberg', 'MF', false], ['Thomas Lundgren', 'TL', false],
  ['Hanna Berglund', 'HB', false], ['Stefan Håkansson', 'ST', false], ['Emma Sandberg', 'ES', false], ['Mats Henriksson', 'MH', false],
  ['Sofia Lundin', 'SL', false], ['Jonas Arvidsson', 'JA', false], ['Ulla Bengtsson', 'UB', false], ['Björn Nordström', 'BN', false],
];

/** Address part of an e-mail: "Mikael Åberg" → "mikael.aberg". */
export function emailLocalPart(name: string): string {
  return name.toLowerCase().replace(/[åä]/g, 'a').replace(/ö/g, 'o').replace(/é/g, 'e')
    .replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '');
}

export const DEMO_EMAIL_DOMAIN = 'kontakta-demo.se';

export function demoRegisters(): DemoRegisters {
  return {
    companyName: 'Kontakta Demo AB',
    employees: EMPLOYEES.map(([name, initials, am], i) => ({
      name, initials, email: `${emailLocalPart(name)}@${DEMO_EMAIL_DOMAIN}`,
      phone: `08-555 ${String(100 + i * 7).padStart(3, '0')} ${String(10 + i).padStart(2, '0')}`, isAccountManager: am,
    })),
    resources: [
      { name: 'Konferensrum Stora', description: 'Plats för 12, projektor och videokonferens' },
      { name: 'Konferensrum Lilla', description: 'Plats för 4' },
      { name: 'Bil Volvo V60', description: 'Tjänstebil, boka för kundbesök' },
      { name: 'Projektor', description: 'Portabel projektor för demonstrationer' },
    ],
    types: [
      { name: 'Besök', list: 'calendar', color: '#2e7d32', defaultAlarmMinutes: 30, showTimeAs: 'out' },
      { name: 'Möte', list: 'calendar', color: '#1565c0', defaultAlarmMinutes: 15, showTimeAs: 'busy' },
      { name: 'Demonstration', list: 'calendar', color: '#6a1b9a', defaultAlarmMinutes: 30, showTimeAs: 'busy' },
      { name: 'Telefon ut', list: 'taskList', color: null, defaultAlarmMinutes: null, showTimeAs: 'free' },
      { name: 'Brev', list: 'taskList', color: null, defaultAlarmMinutes: null, showTimeAs: 'free' },
      { name: 'E-post', list: 'taskList', color: null, defaultAlarmMinutes: null, showTimeAs: 'free' },
    ],
    statuses: [
      { name: 'Ej påbörjad', isDone: false },
      { name: 'Pågår', isDone: false },
      { name: 'Klar', isDone: true },
    ],
    priorities: [
      { name: 'Hög', rank: 1 },
      { name: 'Normal', rank: 2 },
      { name: 'Låg', rank: 3 },
    ],
    codes: demoCodes(),
    doneStatus: 2,
    standardDurationMinutes: 60,
  };
}
