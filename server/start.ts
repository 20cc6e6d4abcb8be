// `npm start`: build the client if it is missing or stale, then serve everything on PORT.
import { ensureClientBuild } from './build/clientBuild';
import { main } from './main';

if (process.env.VOCAXR_SKIP_BUILD !== '1') await ensureClientBuild((m) => process.stderr.write(`${m}\n`));
await main();
