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
  },
});
