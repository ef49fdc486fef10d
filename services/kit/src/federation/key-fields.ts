import { Kind, parse, type DocumentNode, type SelectionSetNode } from 'graphql';

/**
 * A federation field set (`@key(fields: …)`) as a tree: each field's name and the fields
 * selected under it (empty for a leaf). `"county { code } year"` is county → { code }, year.
 */
export type FieldSet = ReadonlyMap<string, FieldSet>;

/** Parses a `fields` string of `@key`, `@requires` or `@provides`. */
export function parseFieldSet(fields: string): FieldSet {
  const document = parse(`{ ${fields} }`, { noLocation: true });
  const operation = document.definitions[0];
  if (operation?.kind !== Kind.OPERATION_DEFINITION) throw new Error(`not a field set: "${fields}"`);
  return fromSelections(operation.selectionSet, fields);
}

function fromSelections(selectionSet: SelectionSetNode, source: string): Map<string, FieldSet> {
  const tree = new Map<string, Map<string, FieldSet>>();
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) throw new Error(`a field set has no named fragments: "${source}"`);
    // `... on Kind { id }` in a key on an interface: its fields count as the object's own.
    const entries =
      selection.kind === Kind.INLINE_FRAGMENT
        ? [...fromSelections(selection.selectionSet, source)]
        : [
            [
              selection.name.value,
              selection.selectionSet ? fromSelections(selection.selectionSet, source) : new Map<string, FieldSet>(),
            ] as const,
          ];
    for (const [name, sub] of entries) {
      const existing = tree.get(name);
      if (existing) for (const [subName, subTree] of sub) existing.set(subName, subTree);
      else tree.set(name, new Map(sub));
    }
  }
  return tree;
}

/** One spelling of a field set, whatever its order and spacing: `"code"`, `"county { code } year"`. */
export function printFieldSet(fieldSet: FieldSet): string {
  return [...fieldSet.keys()]
    .sort()
    .map((name) => {
      const sub = fieldSet.get(name);
      return sub && sub.size > 0 ? `${name} { ${printFieldSet(sub)} }` : name;
    })
    .join(' ');
}

/** `fields` in the spelling of `printFieldSet`. */
export function normaliseFieldSet(fields: string): string {
  return printFieldSet(parseFieldSet(fields));
}

/**
 * Whether a representation carries every field of `fieldSet` (a `null` counts: the gateway sent
 * it). Under a list, every element must carry the sub-selection.
 */
export function carriesFieldSet(value: unknown, fieldSet: FieldSet): boolean {
  if (Array.isArray(value)) return value.every((element) => carriesFieldSet(element, fieldSet));
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  for (const [name, sub] of fieldSet) {
    if (!(name in record) || record[name] === undefined) return false;
    if (sub.size > 0 && record[name] !== null && !carriesFieldSet(record[name], sub)) return false;
  }
  return true;
}

export interface DeclaredKey {
  /** In the spelling of `printFieldSet`. */
  fields: string;
  resolvable: boolean;
}

/**
 * The `@key`s a type of `document` declares (by `@key` or `@federation__key`, on its definition
 * and on its extensions); `undefined` when the document has no such object or interface type.
 */
export function declaredKeys(document: DocumentNode, typeName: string): DeclaredKey[] | undefined {
  let found = false;
  const keys: DeclaredKey[] = [];
  for (const definition of document.definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION &&
      definition.kind !== Kind.INTERFACE_TYPE_DEFINITION &&
      definition.kind !== Kind.INTERFACE_TYPE_EXTENSION
    ) {
      continue;
    }
    if (definition.name.value !== typeName) continue;
    found = true;
    for (const directive of definition.directives ?? []) {
      if (directive.name.value !== 'key' && directive.name.value !== 'federation__key') continue;
      const fields = directive.arguments?.find((argument) => argument.name.value === 'fields')?.value;
      const resolvable = directive.arguments?.find((argument) => argument.name.value === 'resolvable')?.value;
      if (fields?.kind !== Kind.STRING) continue;
      keys.push({
        fields: normaliseFieldSet(fields.value),
        resolvable: !(resolvable?.kind === Kind.BOOLEAN && !resolvable.value),
      });
    }
  }
  return found ? keys : undefined;
}
