// The URLs of the browser modules loaded on demand (src/integrations/browser-modules.ts).
declare module 'virtual:browser-modules' {
  // An ambient module cannot import by a relative path; an import() type can.
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const urls: Record<import('./integrations/browser-modules.ts').BrowserModuleName, string>;
  export default urls;
}

// LIX and language notes per page for /granskning/ (src/integrations/readability.ts).
declare module 'virtual:readability' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const pages: import('../scripts/check/language/pages.ts').PageReadability[];
  export default pages;
}
