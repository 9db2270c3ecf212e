// Types of generate.mjs for the pane's TypeScript tests (addin/test/manifest).
export declare const PRODUCTION_ID: string;
export declare const DEVELOPMENT_ID: string;
export declare const DEVELOPMENT_URL: string;
export declare function normalizeBaseUrl(text: string): string;
export declare function renderManifest(options: {
  url: string;
  id?: string;
  version?: string;
  displayName?: string;
  clientId?: string;
  resource?: string;
}): string;
