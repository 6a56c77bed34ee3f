import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The server serves dist/ on its own port; in development Vite proxies the API to it. */
export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/api': { target: 'http://localhost:8080', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Libraries change less often than the app: separate chunks stay in the browser cache
    // (the server marks hashed assets immutable). Ant Design alone is about 1 MB minified.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser)[\\/]/,
              priority: 2,
            },
            {
              // Evidence upload (resumable tus, SHA-256 in WebAssembly) and what tus needs.
              name: 'upload',
              test: /node_modules[\\/](tus-js-client|hash-wasm|js-base64|combine-errors|custom-error-instance|lodash\.throttle|url-parse|querystringify|requires-port)[\\/]/,
              priority: 2,
            },
            // Validation, shared with the domain package; changes with neither Ant Design nor us.
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
