// The Content-Security-Policy the renderer runs under, sent as a response header by the app://
// handler (and kept in step with the <meta> tag of renderer/index.html, which the browser-test
// harness relies on; both apply, so the stricter wins). Under app://newsmark, 'self' is the app's
// own files. The renderer fetches nothing, hence connect-src 'none'; React styles through the
// CSSOM, which style-src 'self' allows.

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
