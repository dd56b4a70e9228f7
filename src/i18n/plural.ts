/**
 * Count-dependent wording in the message catalogues, in ICU's plural syntax:
 * `{n, plural, one {# kontakt vald} other {# kontakter valda}}`. The form is chosen with
 * `Intl.PluralRules` for the language (an exact `=0` form wins), `#` is the count formatted for the
 * language, and other `{placeholders}` inside a form are filled as anywhere else.
 */
export type PluralCategory = Intl.LDMLPluralRule;

/** The parts of a `{name, plural, …}` block that starts at `text[start]` (a `{`), or null. */
function readPlural(text: string, start: number): { name: string; forms: Map<string, string>; end: number } | null {
  const head = /^\{(\w+),\s*plural,\s*/.exec(text.slice(start));
  if (!head) return null;
  const forms = new Map<string, string>();
  let i = start + head[0].length;
  while (i < text.length) {
    while (text[i] === ' ') i++;
    if (text[i] === '}') return { name: head[1]!, forms, end: i + 1 };
    const key = /^(=\d+|zero|one|two|few|many|other)\s*\{/.exec(text.slice(i));
    if (!key) return null;
    let depth = 1, j = i + key[0].length;
    const from = j;
    for (; j < text.length && depth > 0; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}') depth--;
    }
    if (depth !== 0) return null;
    forms.set(key[1]!, text.slice(from, j - 1));
    i = j;
  }
  return null;
}

/**
 * Replaces every plural block of `text` by the form for its count. `rules` picks the category,
 * `format` writes the number for `#`.
 */
export function selectPlurals(text: string, params: Record<string, string | number>, rules: Intl.PluralRules, format: (n: number) => string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf('{', i);
    if (at < 0) { out += text.slice(i); break; }
    out += text.slice(i, at);
    const block = readPlural(text, at);
    if (!block) { out += '{'; i = at + 1; continue; }
    const raw = params[block.name];
    const n = typeof raw === 'number' ? raw : Number(raw);
    const form = Number.isFinite(n)
      ? block.forms.get(`=${n}`) ?? block.forms.get(rules.select(n)) ?? block.forms.get('other') ?? ''
      : block.forms.get('other') ?? '';
    out += selectPlurals(form, params, rules, format).replace(/#/g, Number.isFinite(n) ? format(n) : String(raw ?? ''));
    i = block.end;
  }
  return out;
}

/** True when `text` has a plural block for the placeholder `name`. */
export const hasPluralFor = (text: string, name: string) => new RegExp(`\\{${name},\\s*plural,`).test(text);
