/**
 * The loader's table, written by the build from the registry (src/widgets.ts; the plugin is
 * in vite.config.ts): each widget's tag → the import of its define module.
 */
declare module 'virtual:uzl-define-modules' {
  const defineModules: Record<string, () => Promise<unknown>>;
  export default defineModules;
}
