import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const PERSISTED_DOCUMENTS = fileURLToPath(new URL('src/gql/persisted-documents.json', import.meta.url));
const PERSISTED_OPERATIONS = fileURLToPath(new URL('persisted-operations.json', import.meta.url));

/**
 * Writes web/persisted-operations.json (sha256 → operation text) after a build: the list a gateway
 * started with `PERSISTED_OPERATIONS_ONLY=web/persisted-operations.json` accepts, and nothing else.
 * It is codegen's persisted-documents output, taken at build time so it matches the bundle.
 */
function persistedOperations(): Plugin {
  return {
    name: 'fupin-persisted-operations',
    apply: 'build',
    closeBundle() {
      copyFileSync(PERSISTED_DOCUMENTS, PERSISTED_OPERATIONS);
    },
  };
}

export default defineConfig({
  // Served by the gateway at /dashboard/ (gateway/src/dashboard.ts).
  base: '/dashboard/',
  plugins: [react(), persistedOperations()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // ECharts is most of the bundle; one chunk of its own keeps the app's chunk small and cacheable.
    rollupOptions: {
      output: { manualChunks: (id) => (/node_modules\/(echarts|zrender)\//.test(id) ? 'echarts' : undefined) },
    },
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npm run dev -w @fupin/web` while `npm start` runs: the dashboard at :5173 asks the gateway.
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
  },
});
