/**
 * `npm start`: build the web app if needed, then run the server (API and web on one port).
 */
import { ensureWebBuilt } from './web-build.ts';

ensureWebBuilt();
await import('../apps/server/src/main.ts');
