import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

/** Builds the bare reference page into dist-bench/bare, with the app's public folder (its fonts). */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: fileURLToPath(new URL('../../public', import.meta.url)),
  plugins: [react()],
  resolve: { dedupe: ['three', '@react-three/fiber', 'react', 'react-dom'] },
  build: {
    outDir: fileURLToPath(new URL('../../dist-bench/bare', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
  },
})
