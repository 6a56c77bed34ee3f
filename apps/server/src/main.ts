import { runFromEnvironment } from './server.ts';

await runFromEnvironment();
