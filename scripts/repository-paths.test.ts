import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { escapingPaths } from './repository-paths.ts';

const REPOSITORY = path.resolve(import.meta.dirname, '..');
const SELF = ['scripts/repository-paths.ts', 'scripts/repository-paths.test.ts'];

describe('the repository stands alone', () => {
  it('has no code or test that reads beside or outside the repository', () => {
    const found = escapingPaths(REPOSITORY, SELF).map((p) => `${p.where} (${p.why}): ${p.text}`);
    expect(found).toEqual([]);
  });
});

describe('escapingPaths', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'liuhen-paths-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.join(root, path.dirname(file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };

  it('names each way out, file and line, and lets paths inside the repository be', () => {
    const shared = ['..', 'shared'].join('/');
    write(
      'packages/domain/src/ledger/a.test.ts',
      [
        `import { x } from '../b.ts';`,
        `const SHARED = path.resolve(import.meta.dirname, '../../../../../${shared.slice(3)}');`,
        `const OTHER = process.env.${['LIUHEN', 'SHARED', 'DIR'].join('_')};`,
        `const VECTORS = path.resolve(import.meta.dirname, '../../../../testdata/merkle');`,
        `const beside = path.resolve(REPOSITORY, '${shared}');`,
        `const probe = { filename: '../../etc/passwd' };`,
      ].join('\n'),
    );
    write('scripts/b.sh', `cat "/work/${'shared'}/seeds/000.txt"\n`);
    write('packages/domain/node_modules/c.js', `read('../../../../../outside');\n`);

    expect(escapingPaths(root).map((p) => p.where)).toEqual([
      'packages/domain/src/ledger/a.test.ts:2',
      'packages/domain/src/ledger/a.test.ts:3',
      'packages/domain/src/ledger/a.test.ts:5',
      'scripts/b.sh:1',
    ]);
  });
});
