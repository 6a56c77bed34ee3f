import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * What the station remembers between runs, so that a run cut short (power, a crash, the
 * camera pulled) goes on where it stopped: each file's SHA-256 (a 4 GB file is not hashed
 * twice) and the address of its unfinished upload. Keyed by path, size and modification
 * time: a file that changed is treated as new. Never written into the camera's folder,
 * which is evidence.
 */
export interface RememberedFile {
  readonly sizeBytes: number;
  readonly modifiedMs: number;
  readonly sha256: string;
  readonly uploadUrl?: string;
}

export class ImportState {
  readonly #file: string;
  #entries: Record<string, RememberedFile>;

  private constructor(file: string, entries: Record<string, RememberedFile>) {
    this.#file = file;
    this.#entries = entries;
  }

  static async open(file: string): Promise<ImportState> {
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as {
        files?: Record<string, RememberedFile>;
      };
      return new ImportState(file, parsed.files ?? {});
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        process.stderr.write(`导入进度文件无法读取，将重新开始：${file}\n`);
      }
      return new ImportState(file, {});
    }
  }

  get path(): string {
    return this.#file;
  }

  recall(key: string, sizeBytes: number, modifiedMs: number): RememberedFile | undefined {
    const entry = this.#entries[key];
    return entry?.sizeBytes === sizeBytes && entry.modifiedMs === modifiedMs ? entry : undefined;
  }

  /** Written to a temporary file and renamed over, so a crash never leaves half a state. */
  async remember(key: string, entry: RememberedFile): Promise<void> {
    this.#entries[key] = entry;
    await mkdir(path.dirname(this.#file), { recursive: true });
    const temporary = `${this.#file}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify({ files: this.#entries }, null, 1));
    await rename(temporary, this.#file);
  }
}
