import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

/** Options for {@link watchFolder}. */
export interface WatchOptions {
  /** Quiet time after the last change before `onChange` is called, in ms. */
  debounceMs: number;
  /** Called once a burst of changes has settled; the folder's own watch is already renewed. */
  onChange: () => void;
  /** Where a watch that cannot be set up is reported. */
  warn: (message: string) => void;
}

/** A running {@link watchFolder}. */
export interface FolderWatch {
  close(): void;
}

/**
 * Calls `onChange` when anything in `dir` changes, and keeps doing so when the folder itself is
 * deleted and made again (`rm -rf corpus && cp -r backup corpus`), renamed over (`mv new corpus`)
 * or is a symlink that is swapped: a watch follows one folder (inode), not a path, so the parent
 * folder is watched for the folder's name and the folder's own watch is made again before each
 * `onChange`. A folder missing at the start is followed from the moment it appears.
 *
 * @example
 * const w = watchFolder('corpus', { debounceMs: 300, onChange: () => void engine.reload(), warn: console.warn });
 * w.close();
 */
export function watchFolder(dir: string, options: WatchOptions): FolderWatch {
  const path = resolve(dir);
  const name = basename(path);
  let inner: FSWatcher | null = null;
  let outer: FSWatcher | null = null;
  let timer: NodeJS.Timeout | null = null;
  let closed = false;

  const schedule = () => {
    if (closed) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(settled, options.debounceMs);
  };
  // The folder's watch, made again each time: after a delete or a rename the old one follows a
  // folder that is gone (or moved away), and inode numbers can be reused, so comparing them is no test.
  const arm = (): boolean => {
    inner?.close();
    inner = null;
    try {
      inner = watch(path, { persistent: false }, schedule);
      inner.on('error', () => {
        inner?.close();
        inner = null;
        schedule();
      });
      return true;
    } catch {
      return false; // missing for now: the parent's watch sees it come back
    }
  };
  function settled() {
    timer = null;
    if (closed) return;
    arm();
    options.onChange();
  }

  if (!arm()) options.warn(`corpus: ${dir} cannot be watched yet (it is missing?); it is loaded when it appears`);
  try {
    outer = watch(dirname(path), { persistent: false }, (_event, file) => {
      if (file == null || file.toString() === name) schedule();
    });
    outer.on('error', (e) => options.warn(`corpus: watching ${dirname(path)} for a replaced ${name} folder failed: ${e.message}`));
  } catch (e) {
    options.warn(`corpus: cannot watch ${dirname(path)} (${(e as Error).message}); replacing the ${name} folder needs a restart`);
  }

  return {
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      inner?.close();
      outer?.close();
      inner = outer = null;
    },
  };
}
