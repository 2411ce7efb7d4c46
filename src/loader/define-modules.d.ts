/**
 * The loader's table, written by the build from the registry (src/widgets.ts; the plugin is
 * in vite.config.ts): each widget's tag → the import of its define module, and its feed
 * schema's version (the `version` constant, part of a last good copy's key).
 */
declare module 'virtual:uzl-define-modules' {
  const defineModules: Record<string, [load: () => Promise<unknown>, version: number]>;
  export default defineModules;
}
