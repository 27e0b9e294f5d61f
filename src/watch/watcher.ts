import { watch, type FSWatcher } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';

export interface PathWatcher {
  close(): void;
}

export interface WatchOptions {
  cwd: string;
  /** Editors save in bursts (write, rename, chmod): wait this long after the last event. */
  debounceMs?: number;
  onError?: (error: Error) => void;
}

/**
 * Call `onChange` with the absolute paths touched under the given files and folders, batched.
 * Folders are watched recursively (Node ≥ 20 does this on Linux, macOS and Windows); a file is watched
 * through its folder, because editors that save by renaming a temporary file replace the watched inode.
 * The paths are hints only: the library session re-checks what it finds, so a missed or unnamed event
 * costs a little work, never a stale result.
 */
export async function watchPaths(
  paths: readonly string[],
  onChange: (files: string[]) => void,
  options: WatchOptions,
): Promise<PathWatcher> {
  const debounceMs = options.debounceMs ?? 20;
  const watchers: FSWatcher[] = [];
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const files = [...pending];
    pending.clear();
    onChange(files);
  };
  const note = (file: string) => {
    if (file.split(path.sep).some((part) => part === 'node_modules' || part === '.git')) return;
    pending.add(file);
    if (timer) clearTimeout(timer);
    timer = setTimeout(flush, debounceMs);
  };
  for (const given of paths) {
    const absolute = path.resolve(options.cwd, given);
    const info = await stat(absolute).catch(() => undefined);
    const folder = info?.isDirectory() ? absolute : path.dirname(absolute);
    const onlyFile = info?.isDirectory() ? undefined : path.basename(absolute);
    try {
      const watcher = watch(folder, { recursive: onlyFile === undefined }, (_event, name) => {
        const relative = name === null ? '' : name.toString();
        if (onlyFile !== undefined && relative !== onlyFile) return;
        note(path.join(folder, relative));
      });
      watcher.on('error', (error) => options.onError?.(error));
      watchers.push(watcher);
    } catch (error) {
      options.onError?.(error as Error);
    }
  }
  return {
    close() {
      if (timer) clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}
