// Loads data from the contract once (and on demand), tracking the value, the error message and loading.
import { useCallback, useEffect, useState } from 'react';
import type { Result } from '../../../shared/api/result.ts';

export interface Loaded<T> {
  value: T | null;
  error: string | null;
  loading: boolean;
  reload(): void;
}

export function useLoad<T>(load: () => Promise<Result<T>>, deps: readonly unknown[]): Loaded<T> {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  // Callers list the inputs `load` depends on, as with useCallback.
  const stableLoad = useCallback(load, deps);

  useEffect(() => {
    let live = true;
    setLoading(true);
    void stableLoad().then((r) => {
      if (!live) return;
      setLoading(false);
      if (r.ok) {
        setValue(r.value);
        setError(null);
      } else setError(r.error.message);
    });
    return () => {
      live = false;
    };
  }, [stableLoad, tick]);

  return { value, error, loading, reload: useCallback(() => setTick((n) => n + 1), []) };
}
