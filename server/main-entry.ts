// Runs the server without building the client (used by `npm run dev` and the tests' child processes).
import { main } from './main';

await main();
