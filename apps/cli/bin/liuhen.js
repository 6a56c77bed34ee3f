#!/usr/bin/env node
// The `liuhen` command runs on the Node 24 the project pins (the `node` dev dependency),
// whatever node the shell found first: older ones cannot run TypeScript directly.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const entry = path.resolve(here, '../src/liuhen.ts');
const major = Number(process.versions.node.split('.')[0]);

if (major >= 24) {
  await import(entry);
} else {
  const pinned = [
    path.resolve(here, '../node_modules/node/bin/node'),
    path.resolve(here, '../../../node_modules/node/bin/node'),
  ].find((candidate) => existsSync(candidate));
  if (!pinned) {
    process.stderr.write('liuhen 需要 Node.js 24：请在项目目录运行 npm ci 后再试。\n');
    process.exit(1);
  }
  const result = spawnSync(pinned, [entry, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
