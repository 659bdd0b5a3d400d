import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { troikaRtlMirror } from './build/troika-rtl-mirror'
import { yogaWasmAsset } from './build/yoga-wasm-asset'

export default defineConfig({
  plugins: [react(), troikaRtlMirror(), yogaWasmAsset()],
  // Bundled from source in development too, so the plugin's fix applies there as in the build.
  optimizeDeps: { exclude: ['troika-three-text'] },
  // The emulator packages otherwise bundle their own copies of three and fiber.
  resolve: { dedupe: ['three', '@react-three/fiber', 'react', 'react-dom'] },
  server: { proxy: { '/api': { target: 'http://127.0.0.1:8080', ws: true } } },
  // The emulator's optional room models (never loaded here) are the only chunks over 2 MB.
  build: { chunkSizeWarningLimit: 2500, sourcemap: false },
})
