/**
 * The page's Content Security Policy, in one place. vite.config.ts puts it into index.html as a
 * meta tag, sends it as a `Content-Security-Policy` header on every response of `vite preview` /
 * `npm start` / `vite dev`, and writes `dist/_headers` for static hosts. The header matters: a
 * meta tag does not reach Web Workers, whose policy comes from their own script's response.
 */
const DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  // 'wasm-unsafe-eval' lets DuckDB compile its WebAssembly; no 'unsafe-eval', no 'unsafe-inline'.
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['worker-src', "'self'"],
  // Nothing leaves the origin: no fetch, XHR or WebSocket elsewhere (the data stays local).
  ['connect-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
];

export const CONTENT_SECURITY_POLICY = DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');

/** Response headers every file of the app is served with. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

/** `_headers` for static hosts that read it (Netlify, Cloudflare Pages): every path gets the headers. */
export function staticHostHeadersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return ['/*', ...lines, ''].join('\n');
}
