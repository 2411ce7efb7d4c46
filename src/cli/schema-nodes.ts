/**
 * Reading a feed's schema alongside the feed: which part of the schema describes a value, under
 * which `$defs` name (`text`, `image`, `url` …) and with which description. The validator
 * decides what is valid; this only lets the command word a problem and look for the things
 * that are valid but worth a warning.
 */
import type { JsonSchema } from '../core/schema-validator.js';
import type { FeedPath } from '../core/validation-issue.js';

/** The schema that applies at one place of a feed. */
export interface SchemaNode {
  /** The schema itself, a `$ref` followed. */
  schema: JsonSchema;
  /** The `$defs` name it came from (`text`, `date`, `image`), when it came through a `$ref`. */
  def?: string;
  /** What the field is, the description next to the `$ref` first, else the definition's own. */
  description?: string;
  /** The schema's examples, next to the `$ref` or in the definition. */
  examples?: unknown[];
}

/** The parts of a schema this module reads besides validation keywords. */
type Annotated = JsonSchema & { description?: string; examples?: unknown[] };

/** `schema` with its `$ref` followed (one level: the schemas refer only to plain definitions). */
export function resolveNode(root: JsonSchema, schema: JsonSchema): SchemaNode {
  const own = schema as Annotated;
  const def = /^#\/\$defs\/([^/]+)$/.exec(schema.$ref ?? '')?.[1];
  const target = (def && root.$defs?.[def]) as Annotated | undefined;
  const resolved = target ?? own;
  return {
    schema: resolved,
    ...(def && target ? { def } : {}),
    ...((own.description ?? resolved.description) !== undefined
      ? { description: own.description ?? resolved.description }
      : {}),
    ...((own.examples ?? resolved.examples) !== undefined
      ? { examples: own.examples ?? resolved.examples }
      : {}),
  };
}

/** The schema of `node`'s property or item `key`, looking into anyOf/oneOf branches too. */
export function childNode(
  root: JsonSchema,
  node: SchemaNode,
  key: string | number,
): SchemaNode | undefined {
  const candidates = [node.schema, ...(node.schema.anyOf ?? []), ...(node.schema.oneOf ?? [])];
  for (const schema of candidates) {
    if (typeof key === 'number') {
      if (schema.items) return resolveNode(root, schema.items);
      continue;
    }
    const property = schema.properties?.[key];
    if (property) return resolveNode(root, property);
    if (typeof schema.additionalProperties === 'object')
      return resolveNode(root, schema.additionalProperties);
  }
  return undefined;
}

/** The schema that describes the value at `path`, when the schema says anything about it. */
export function nodeAt(root: JsonSchema, path: FeedPath): SchemaNode | undefined {
  let node: SchemaNode | undefined = resolveNode(root, root);
  for (const key of path) {
    node = node && childNode(root, node, key);
    if (!node) return undefined;
  }
  return node;
}

/** One value met on a walk through a feed, with the schema that describes it. */
export interface Visit {
  value: unknown;
  path: FeedPath;
  node: SchemaNode;
  /** The node of the object or list that holds it. */
  parent?: SchemaNode;
}

/**
 * Visits every value of `feed` that the schema describes, parents before children: the
 * properties the schema names and the items of the lists it types. `visit` returns false to
 * leave a value's inside alone (an item a widget skips). Values of the wrong type are visited
 * but not entered, so a broken feed can be walked too.
 */
export function walkFeed(root: JsonSchema, feed: unknown, visit: (at: Visit) => boolean): void {
  const step = (value: unknown, path: FeedPath, node: SchemaNode, parent?: SchemaNode) => {
    if (!visit({ value, path, node, ...(parent ? { parent } : {}) })) return;
    if (Array.isArray(value)) {
      const items = node.schema.items;
      if (!items) return;
      const itemNode = resolveNode(root, items);
      value.forEach((item, index) => step(item, [...path, index], itemNode, node));
    } else if (typeof value === 'object' && value !== null) {
      // A text or a link given per language: its languages are the properties of its object form.
      const properties =
        node.schema.properties ??
        node.schema.anyOf?.find((branch) => branch.properties)?.properties;
      if (!properties) return;
      for (const [key, item] of Object.entries(value)) {
        const property = Object.prototype.hasOwnProperty.call(properties, key)
          ? properties[key]
          : undefined;
        if (property) step(item, [...path, key], resolveNode(root, property), node);
      }
    }
  };
  step(feed, [], resolveNode(root, root));
}
