/** A Web Storage double backed by a Map, with optional failure modes (blocked, full). */
export type MemoryStorage = Storage & { data: Map<string, string> };

export function memoryStorage(opts: { throwOnGet?: boolean; throwOnSet?: boolean } = {}): MemoryStorage {
  const data = new Map<string, string>();
  return {
    data,
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => {
      if (opts.throwOnGet) throw new Error('SecurityError: storage blocked');
      return data.get(k) ?? null;
    },
    setItem: (k: string, v: string) => {
      if (opts.throwOnSet) throw new Error('QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  };
}
