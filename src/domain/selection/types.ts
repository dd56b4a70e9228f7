/**
 * A selection of contacts: `{ match: [item, …] }`. An item is a row (connector, field, condition,
 * value) or a group of items. The first item's connector is ignored. Without groups "and" binds
 * tighter than "or": `a or b and c` means `a or (b and c)`.
 */
export type Connector = 'and' | 'or';

export type SelectionRow = {
  connector?: Connector;
  field: string;
  condition: string;
  value?: unknown;
};

export type SelectionGroup = {
  connector?: Connector;
  group: SelectionItem[];
};

export type SelectionItem = SelectionRow | SelectionGroup;

export type Selection = { match: SelectionItem[] };

export const isGroup = (item: SelectionItem): item is SelectionGroup => 'group' in item;
