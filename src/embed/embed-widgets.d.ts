/**
 * The embed page's table, written by the build from the registry (src/widgets.ts; the plugin
 * is in vite.config.ts): each widget's id → the import of its define module, its name (the
 * page's `<title>`) and its fallback link's address, each per language.
 */
declare module 'virtual:uzl-embed-widgets' {
  type PerLanguage = Readonly<Record<'nl' | 'en' | 'fr', string>>;
  const widgets: Record<
    string,
    readonly [define: () => Promise<unknown>, name: PerLanguage, fallbackHref: PerLanguage]
  >;
  export default widgets;
}
