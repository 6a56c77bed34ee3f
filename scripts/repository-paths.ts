/**
 * Finds code that reads outside the repository: a clone must build and pass its tests with
 * nothing beside it (issue 14). Used by repository-paths.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where code lives; everything else (docs, testdata, node_modules, builds) is not scanned. */
const SCANNED = ['packages', 'apps', 'scripts', 'e2e', 'bench'];
const SKIPPED_FOLDERS = new Set([
  'node_modules',
  'dist',
  'data',
  'test-results',
  '.vitest-results',
]);
const SOURCE = /\.(ts|tsx|js|mjs|cjs|sh)$/;

/** A string literal that starts with "../": resolved from its file's folder it may leave the repo. */
const RELATIVE_LITERAL = /(['"`])((?:\.\.\/)+[^'"`\n]*)\1/g;
/**
 * The old ways of reaching the seeds and test vectors beside the repository, and absolute
 * paths of the development machine. Spelled in pieces so this file does not name itself.
 */
const FORBIDDEN: readonly { pattern: RegExp; why: string }[] = [
  {
    pattern: new RegExp(['\\.\\.', 'shared\\b'].join('/')),
    why: 'the folder beside the repository',
  },
  {
    pattern: new RegExp(['LIUHEN', 'SHARED', 'DIR'].join('_')),
    why: 'the folder beside the repository',
  },
  { pattern: /(['"`])\/(work|root|home)\//, why: 'an absolute path of one machine' },
];

export interface EscapingPath {
  /** Repository-relative, with the line: "packages/x/y.test.ts:12". */
  readonly where: string;
  readonly text: string;
  readonly why: string;
}

function leaves(root: string, target: string): boolean {
  const inside = path.relative(root, target);
  return inside.startsWith('..') || path.isAbsolute(inside);
}

function sourceFiles(root: string, folder: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(path.join(root, folder), { withFileTypes: true })) {
    const relative = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) files.push(...sourceFiles(root, relative));
    } else if (entry.isFile() && SOURCE.test(entry.name)) {
      files.push(relative);
    }
  }
  return files;
}

/** Every line under `root`'s code folders that names a path outside `root`. */
export function escapingPaths(root: string, except: readonly string[] = []): EscapingPath[] {
  const found: EscapingPath[] = [];
  const folders = SCANNED.filter((folder) => existsSync(path.join(root, folder)));
  for (const file of folders.flatMap((folder) => sourceFiles(root, folder))) {
    if (except.includes(file)) continue;
    const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      // One finding per line, the first reason that applies.
      const why =
        FORBIDDEN.find(({ pattern }) => pattern.test(line))?.why ??
        ([...line.matchAll(RELATIVE_LITERAL)].some((match) =>
          leaves(root, path.resolve(root, path.dirname(file), match[2]!)),
        )
          ? 'a relative path that leaves the repository'
          : undefined);
      if (why !== undefined) found.push({ where: `${file}:${i + 1}`, text: line.trim(), why });
    });
  }
  return found;
}
