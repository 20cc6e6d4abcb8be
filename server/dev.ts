// `npm run dev`: the API server under `tsx watch` (restarts on server/ and scenes/ changes)
// and Vite's dev server with hot reload on 5173, proxying /api and /socket.io to it.
import { spawn } from 'node:child_process';
import { createServer } from 'vite';

const apiPort = Number(process.env.PORT ?? 8080);
const vitePort = Number(process.env.VITE_PORT ?? 5173);

const api = spawn('npx', ['tsx', 'watch', '--clear-screen=false', 'server/main-entry.ts'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    PORT: String(apiPort),
    VOCAXR_ALLOWED_ORIGINS: [process.env.VOCAXR_ALLOWED_ORIGINS, `http://localhost:${vitePort}`].filter(Boolean).join(','),
  },
});

const vite = await createServer({
  server: {
    port: vitePort,
    proxy: {
      '/api': `http://localhost:${apiPort}`,
      '/socket.io': { target: `http://localhost:${apiPort}`, ws: true },
    },
  },
});
await vite.listen();
vite.printUrls();

const stop = async () => {
  api.kill('SIGTERM');
  await vite.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
