import type { FastifyInstance } from 'fastify';

/**
 * Headers every response carries: no MIME sniffing, no framing (clickjacking of approval
 * buttons), no referrer leaking case ids to other sites. The CSP allows only our own
 * origin; Ant Design injects style elements, hence 'unsafe-inline' for styles only. The
 * web app hashes evidence files with WebAssembly (hash-wasm) before uploading them, hence
 * 'wasm-unsafe-eval', which allows compiling WebAssembly and nothing else (no eval). A
 * document's print preview shows the PDF the page fetched in a frame of a blob: URL made by
 * our own script (DocumentPreviewDrawer), hence frame-src blob:; nothing frames this site.
 */
const HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'same-origin',
  'content-security-policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self' data: blob:; media-src 'self' blob:; frame-src 'self' blob:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
};

export function registerSecurityHeaders(app: FastifyInstance) {
  app.addHook('onSend', async (_request, reply) => {
    for (const [name, value] of Object.entries(HEADERS)) {
      if (!reply.hasHeader(name)) reply.header(name, value);
    }
  });
}
