// Serves the built client: hashed assets cached for a year, index.html never cached, and
// the SPA fallback (any other GET that wants HTML gets index.html, so deep links work).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import express, { type RequestHandler, type Router } from 'express';

const missingBuildPage = `<!doctype html><meta charset="utf-8"><title>VocaXR</title>
<p>The VocaXR client has not been built. Run <code>npm start</code> (it builds it) or <code>npm run build</code>.</p>`;

export function clientApp(clientDir: string): Router {
  const root = resolve(clientDir);
  const indexFile = join(root, 'index.html');
  const router = express.Router();
  router.use('/assets', express.static(join(root, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: false }));
  router.use(express.static(root, { index: false, maxAge: '1h' }));
  const fallback: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (!req.accepts('html')) return next();
    if (!existsSync(indexFile)) {
      res.status(503).type('html').send(missingBuildPage);
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  };
  router.use(fallback);
  return router;
}
