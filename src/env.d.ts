/** `?lazy-module` imports (src/integrations/lazy-module-plugin.ts) give the URL of a separately built module. */
declare module '*?lazy-module' {
  const url: string;
  export default url;
}
