/**
 * Demo contact number `index` of a run seeded with `seed`: a Swedish-looking company (or now and
 * then a private person) in one of ~250 towns, with 2–3 contact persons by default. Each contact
 * has its own random stream, so contact i is the same whether made in one run or appended later.
 */
import type { DemoContact, DemoPerson } from '../ports/seed.js';
import { streamFor, type Rng } from './prng.js';
import { AREA_CODES, CITIES } from './swedish-cities.js';
import {
  CATEGORIES, CONTACT_STATUSES, FIRST_NAMES, LAST_NAMES, LEGAL_FORMS, NAME_PARTS_A, NAME_PARTS_B, STREETS, TITLES, TRADES,
} from './swedish-names.js';
import { emailLocalPart } from './demo-registers.js';

export type PersonsRange = { min: number; max: number };
export const DEFAULT_PERSONS: PersonsRange = { min: 2, max: 3 };
const CONTACT_STREAM = 1;

function weighted(rng: Rng, xs: [string, number][]): string {
  const total = xs.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const [v, w] of xs) if ((r -= w) < 0) return v;
  return xs[xs.length - 1]![0];
}

const digits = (rng: Rng, n: number) => String(rng.int(0, 10 ** n - 1)).padStart(n, '0');
const phone = (rng: Rng, area: string) => `${area}-${digits(rng, 3)} ${digits(rng, 2)} ${digits(rng, 2)}`;
const mobile = (rng: Rng) => `07${rng.pick(['0', '2', '3', '6'])}-${digits(rng, 3)} ${digits(rng, 2)} ${digits(rng, 2)}`;

function companyName(rng: Rng, city: string): { name: string; domain: string; lineOfBusiness: string } {
  const [trade, lob] = rng.pick(TRADES);
  const legal = rng.pick(LEGAL_FORMS);
  let owner: string;
  switch (rng.int(0, 3)) {
    case 0: owner = `${rng.pick(LAST_NAMES)}s`; break;
    case 1: owner = `${rng.pick(NAME_PARTS_A)}${rng.pick(NAME_PARTS_B)}`; break;
    case 2: owner = city; break;
    default: owner = `${rng.pick(LAST_NAMES)} & ${rng.pick(LAST_NAMES)}`;
  }
  return { name: `${owner} ${trade} ${legal}`, domain: domainOf(`${owner} ${trade}`), lineOfBusiness: lob };
}

const localParts = new Map<string, string>();
/** Cached: people's names come from short lists, so most look-ups hit. */
function localPart(name: string): string {
  let v = localParts.get(name);
  if (v === undefined) {
    v = emailLocalPart(name);
    if (localParts.size < 50_000) localParts.set(name, v);
  }
  return v;
}

function domainOf(stem: string): string {
  return localPart(stem).replace(/\./g, '') + '.se';
}

/**
 * `accountManagers` is how many account managers contacts are spread over; the contact answers an
 * index into them.
 */
export function demoContact(seed: number, index: number, persons: PersonsRange, accountManagers: number): DemoContact {
  const rng = streamFor(seed, CONTACT_STREAM, index);
  const city = rng.pick(CITIES);
  const postalCode = `${city.prefix} ${String(rng.int(2, 99)).padStart(2, '0')}`;
  const area = rng.pick(AREA_CODES[city.district] ?? ['08']);
  const street = `${rng.pick(STREETS)} ${rng.int(1, 120)}`;
  const isPrivate = rng.chance(0.08);
  if (isPrivate) {
    const first = rng.pick(FIRST_NAMES), last = rng.pick(LAST_NAMES);
    return {
      name: `${first} ${last}`, isCustomer: true, isSupplier: false, isPartner: false, isPrivate: true,
      category: 'C', lineOfBusiness: null, status: weighted(rng, CONTACT_STATUSES), district: city.district,
      postalAddress: street, postalCode, city: city.name, country: 'Sverige', phone: mobile(rng),
      email: rng.chance(0.6) ? `${localPart(`${first} ${last}`)}@${rng.pick(['telia.com', 'gmail.com', 'outlook.com'])}` : null,
      web: null, turnover: null, employeeCount: null, custom1: null, custom2: null, notes: null,
      accountManager: accountManagers && rng.chance(0.5) ? rng.int(0, accountManagers - 1) : null, persons: [],
    };
  }
  const { name, domain, lineOfBusiness } = companyName(rng, city.name);
  const kind = rng.next();
  const employeeCount = Math.max(1, Math.round(Math.exp(rng.next() * 7)));
  const personCount = rng.int(persons.min, persons.max);
  const people: DemoPerson[] = Array.from({ length: personCount }, (_, p) => {
    const first = rng.pick(FIRST_NAMES), last = rng.pick(LAST_NAMES);
    return {
      firstName: first, lastName: last, title: p === 0 ? rng.pick(['VD', 'Inköpschef', 'Ekonomichef']) : rng.pick(TITLES),
      phone: phone(rng, area), mobile: rng.chance(0.8) ? mobile(rng) : null,
      email: `${localPart(`${first} ${last}`)}@${domain}`, isPrimary: p === 0,
    };
  });
  return {
    name, isCustomer: kind < 0.85, isSupplier: kind >= 0.8 && kind < 0.93, isPartner: kind >= 0.9, isPrivate: false,
    category: weighted(rng, CATEGORIES), lineOfBusiness, status: weighted(rng, CONTACT_STATUSES), district: city.district,
    postalAddress: rng.chance(0.1) ? `Box ${rng.int(1, 9999)}` : street, postalCode, city: city.name, country: 'Sverige',
    phone: phone(rng, area), email: `info@${domain}`, web: rng.chance(0.7) ? `www.${domain}` : null,
    turnover: Math.round(employeeCount * rng.int(600, 2500)) * 1000, employeeCount,
    custom1: rng.chance(0.3) ? rng.pick(['Mässa 2026', 'Webbformulär', 'Tips från kund', 'Kall kontakt']) : null,
    custom2: null, notes: null,
    accountManager: accountManagers && rng.chance(0.9) ? rng.int(0, accountManagers - 1) : null,
    persons: people,
  };
}
