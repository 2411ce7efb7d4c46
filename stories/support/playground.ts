// A "Playground" story for a widget: every attribute its class declares (read from
// custom-elements.json, so a new attribute gets its control without touching the stories) as a
// control, starting from the demo feed and the registry's example attributes. For a partner
// trying a setting before writing the tag; the Code panel shows the tag to copy.
import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import customElements from '../../custom-elements.json' with { type: 'json' };
import { widgetNamed } from '../../src/widgets.js';

type Value = string | number | boolean | undefined;
type Args = Record<string, Value>;

interface Attribute {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}

function attributesOf(tag: string): Attribute[] {
  for (const module of customElements.modules as {
    declarations?: { tagName?: string; attributes?: Attribute[] }[];
  }[])
    for (const declaration of module.declarations ?? [])
      if (declaration.tagName === tag) return declaration.attributes ?? [];
  throw new Error(`custom-elements.json does not declare <${tag}>`);
}

/** The quoted members of a union type text (`'list' | 'grid'`), or none. */
const choices = (type: string) => [...type.matchAll(/'([^']*)'/g)].map((match) => match[1]!);

function argTypeOf(attribute: Attribute): ArgTypes[string] {
  const type = attribute.type?.text ?? 'string';
  const options = choices(type);
  const control = options.length
    ? { type: 'select' as const }
    : /^boolean/.test(type)
      ? { type: 'boolean' as const }
      : /^number/.test(type)
        ? { type: 'number' as const }
        : { type: 'text' as const };
  return {
    name: attribute.name,
    description: attribute.description ?? '',
    control,
    ...(options.length ? { options: type.includes('undefined') ? ['', ...options] : options } : {}),
    table: {
      category: 'attributes',
      type: { summary: type },
      ...(attribute.default ? { defaultValue: { summary: attribute.default } } : {}),
    },
  };
}

/** The manifest's default (`'list'`, `5`, `false`) as a control's value. */
function valueOf(text: string | undefined): Value {
  if (text === undefined) return undefined;
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text.replace(/^'(.*)'$/, '$1');
}

/** The registry's example (`month="2026-01" no-animation`) as args. */
function exampleArgs(example: string): Args {
  const args: Args = {};
  for (const match of example.matchAll(/([a-z-]+)(?:="([^"]*)")?/g))
    args[match[1]!] = match[2] === undefined ? true : valueOf(match[2]);
  return args;
}

/** The widget as the tag a page writes: only attributes with a value, booleans when true. */
function render(tag: string, args: Args, fallback: { href: string; text: string }): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === '' || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  const link = document.createElement('a');
  link.href = fallback.href;
  link.textContent = fallback.text;
  element.append(link);
  return element;
}

/** The meta and story of a widget's Playground, for `stories/playground/<id>.stories.ts`. */
export function playground(id: string, when: string): { meta: Meta<Args>; story: StoryObj<Args> } {
  const widget = widgetNamed(id);
  if (!widget) throw new Error(`no widget ${id} in src/widgets.ts`);
  const attributes = attributesOf(widget.tag);
  const args: Args = {};
  for (const attribute of attributes) args[attribute.name] = valueOf(attribute.default);
  Object.assign(args, { src: `data/${widget.feed.kind}.json` }, exampleArgs(widget.example));
  return {
    meta: {
      component: widget.tag,
      args,
      argTypes: Object.fromEntries(attributes.map((a) => [a.name, argTypeOf(a)])),
      render: (storyArgs) =>
        render(widget.tag, storyArgs, {
          href: widget.fallback.href.en,
          text: widget.fallback.text.en,
        }),
      parameters: {
        docs: {
          description: {
            component: `Every attribute of \`<${widget.tag}>\` as a control, on the demo feed. ${when}`,
          },
        },
      },
    },
    story: {
      parameters: {
        docs: {
          description: {
            story: `For a partner trying settings before writing the tag: change a control, then copy the tag from the Code panel. ${when}`,
          },
        },
      },
    },
  };
}
