/**
 * A query parameter's value as the value of the attribute it names, checked against the type
 * the manifest gives that attribute, the way the element would take it: a value the element
 * would ignore (`limit=abc`, `layout=tiles`) is left out, so the element keeps its default.
 *
 * - `'list' | 'grid' | …` (literals): one of them, exactly;
 * - `number`: a finite number (`limit=3`, `timeout=2.5`);
 * - `boolean`: present (`no-animation`, `no-animation=` or `=true`); `=false` leaves it out,
 *   since a query cannot be absent and have a value;
 * - `string`: any text, trimmed, up to 500 characters (escaped where it is written).
 *
 * @returns the attribute's value, `true` for a boolean attribute that is present, or `undefined`
 *   to leave the attribute out.
 */
export function attributeValue(type: string, raw: string): string | true | undefined {
  const value = raw.trim();
  const literals = [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  if (literals.length > 0) return literals.includes(value) ? value : undefined;
  const kinds = type.split('|').map((part) => part.trim());
  if (kinds.includes('number'))
    return value !== '' && Number.isFinite(Number(value)) ? value : undefined;
  if (kinds.includes('boolean')) return value === 'false' ? undefined : true;
  if (kinds.includes('string')) return value !== '' && value.length <= 500 ? value : undefined;
  return undefined;
}
