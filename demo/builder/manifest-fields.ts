/**
 * The form fields of an element's own attributes, read from the package's
 * custom-elements.json (the JSDoc of each attribute), so the builder never lists an attribute
 * the element does not have, or misses one it gained: a string union becomes a choice, a
 * number a number field, a boolean a checkbox, anything else a text field; the JSDoc text is
 * the help.
 */
import manifestJson from '../../custom-elements.json' with { type: 'json' };

/** The part of the Custom Elements Manifest schema the builder reads. */
interface ManifestAttribute {
  name: string;
  type?: { text: string };
  default?: string;
  description?: string;
  inheritedFrom?: { name: string };
}
interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: ManifestAttribute[];
}
interface Manifest {
  modules: { declarations?: ManifestDeclaration[] }[];
}

/** Attributes with a control of their own in the builder (feed URL, theme), not generated. */
const OWN_CONTROLS = new Set(['src', 'theme']);

interface FieldBase {
  /** The attribute's name, as written in HTML. */
  name: string;
  /** The JSDoc text (English), backticks marking code. */
  help: string;
  /** Declared by a base class, so every element has it (`credentials`, `timeout` …). */
  shared: boolean;
}

export interface ChoiceField extends FieldBase {
  kind: 'choice';
  values: string[];
  /** The value without the attribute; '' when the element decides by itself (no default). */
  default: string;
}
export interface NumberField extends FieldBase {
  kind: 'number';
  /** '' when the element has no fixed default. */
  default: string;
}
export interface BooleanField extends FieldBase {
  kind: 'boolean';
}
export interface TextField extends FieldBase {
  kind: 'text';
}

export type Field = ChoiceField | NumberField | BooleanField | TextField;

/** `'list' | 'grid'` → ['list', 'grid']; undefined when any member is not a string literal. */
function stringLiterals(type: string): string[] | undefined {
  const members = type
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member !== 'undefined' && member !== 'null');
  const literals = members.map((member) => /^'([^']*)'$/.exec(member)?.[1]);
  return literals.length > 0 && literals.every((v) => v !== undefined) ? literals : undefined;
}

/** The default as an attribute value: `'list'` → list, `5` → 5, `undefined` → ''. */
function attributeDefault(value: string | undefined): string {
  if (value === undefined || value === 'undefined') return '';
  return /^'([^']*)'$/.exec(value)?.[1] ?? value;
}

function toField(attribute: ManifestAttribute): Field {
  const type = attribute.type?.text ?? 'string';
  const base: FieldBase = {
    name: attribute.name,
    help: (attribute.description ?? '').replace(/\s+/g, ' ').trim(),
    shared: attribute.inheritedFrom !== undefined,
  };
  const values = stringLiterals(type);
  if (values)
    return { ...base, kind: 'choice', values, default: attributeDefault(attribute.default) };
  const plain = type.replace(/\s*\|\s*undefined/g, '').trim();
  if (plain === 'number')
    return { ...base, kind: 'number', default: attributeDefault(attribute.default) };
  if (plain === 'boolean') return { ...base, kind: 'boolean' };
  return { ...base, kind: 'text' };
}

const manifest = manifestJson as unknown as Manifest;

/** The generated fields of `tag`: its own attributes first, then the ones every element shares. */
export function fieldsOf(tag: string): Field[] {
  const declaration = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((d) => d.customElement && d.tagName === tag);
  const fields = (declaration?.attributes ?? [])
    .filter((attribute) => !OWN_CONTROLS.has(attribute.name))
    .map(toField);
  return [...fields.filter((f) => !f.shared), ...fields.filter((f) => f.shared)];
}

/**
 * The value to keep for `field` from `raw` (a form control's value or a shared link's), or
 * undefined when the attribute should be left out: the field's default, empty, or not a value
 * the field takes (a link edited by hand, an attribute renamed since), so restoring state
 * never sets junk and the snippet names only real changes. A boolean that is on keeps ''.
 */
export function keptValue(field: Field, raw: string): string | undefined {
  const value = raw.trim();
  switch (field.kind) {
    case 'choice':
      return field.values.includes(value) && value !== field.default ? value : undefined;
    case 'number': {
      if (value === '' || !Number.isFinite(Number(value))) return undefined;
      const number = String(Number(value));
      return number === field.default ? undefined : number;
    }
    case 'boolean':
      return '';
    case 'text':
      return value === '' ? undefined : value;
  }
}
