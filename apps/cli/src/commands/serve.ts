import { runFromEnvironment } from '@liuhen/server';

export const serveCommand = runFromEnvironment;
