/**
 * The attributes custom-elements.json lists for each tag: what an embed page may set on its
 * widget, and how each value is checked (attribute-value.ts reads the type).
 */
export interface ManifestAttribute {
  readonly name: string;
  /** The attribute's TypeScript type as the manifest writes it: `number`, `'list' | 'grid'`. */
  readonly type: string;
}

export type ManifestAttributes = Readonly<Record<string, readonly ManifestAttribute[]>>;

interface ManifestJson {
  modules?: {
    declarations?: {
      tagName?: string;
      attributes?: { name?: string; type?: { text?: string } }[];
    }[];
  }[];
}

/** Each tag's attributes from the parsed custom-elements.json (a declaration without a tag is skipped). */
export function manifestAttributes(manifest: unknown): ManifestAttributes {
  const result: Record<string, ManifestAttribute[]> = {};
  for (const module of (manifest as ManifestJson).modules ?? [])
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      result[declaration.tagName] = (declaration.attributes ?? []).flatMap((a) =>
        a.name ? [{ name: a.name, type: a.type?.text ?? 'string' }] : [],
      );
    }
  return result;
}
