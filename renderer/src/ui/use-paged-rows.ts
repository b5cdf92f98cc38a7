// Rows of a long list fetched by page (offset/limit) only where the user looks; memory stays bounded at any size.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Result } from '../../../shared/api/result.ts';
import type { Page } from '../../../shared/types/register.ts';

export interface PagedRows<T> {
  /** Rows matching in all; null until the first page of the current query has arrived. */
  total: number | null;
  /** More rows match than `total`: the count stopped there (see Page.capped). */
  capped: boolean;
  rowAt(index: number): T | undefined;
  /** Asks for the pages covering rows start..end (inclusive); already loaded or pending pages are skipped. */
  ensure(start: number, end: number): void;
  /** A query is being answered (the previous rows stay visible meanwhile, so typing never flickers). */
  loading: boolean;
  error: string | null;
  reload(): void;
  /** Changes whenever loaded rows change, for effects that depend on them. */
  version: number;
}

export type FetchPage<T> = (offset: number, limit: number) => Promise<Result<Page<T>>>;

/** Pages kept in memory at most (× pageSize rows); the farthest from the latest request go first. */
const MAX_PAGES = 40;

/**
 * `key` identifies the query (search text and filters): when it changes, page 0 of the new query is
 * fetched and replaces everything once it arrives. Answers to older queries are ignored.
 */
export function usePagedRows<T>(fetchPage: FetchPage<T>, key: string, pageSize = 100): PagedRows<T> {
  const fetchRef = useRef(fetchPage);
  useLayoutEffect(() => {
    fetchRef.current = fetchPage;
  });
  const gen = useRef(0);
  const readyGen = useRef(-1);
  const pages = useRef(new Map<number, T[]>());
  const pending = useRef(new Set<number>());
  const [total, setTotal] = useState<number | null>(null);
  const [capped, setCapped] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const mine = ++gen.current;
    pending.current = new Set([0]);
    setLoading(true);
    void fetchRef.current(0, pageSize).then((r) => {
      if (gen.current !== mine) return;
      pending.current.delete(0);
      setLoading(false);
      if (!r.ok) {
        setError(r.error.message);
        return;
      }
      setError(null);
      pages.current = new Map([[0, r.value.rows]]);
      readyGen.current = mine;
      setTotal(r.value.total);
      setCapped(r.value.capped === true);
      setVersion((v) => v + 1);
    });
  }, [key, tick, pageSize]);

  const ensure = useCallback(
    (start: number, end: number) => {
      const mine = gen.current;
      if (readyGen.current !== mine) return;
      const first = Math.max(0, Math.floor(start / pageSize));
      const last = Math.max(first, Math.floor(end / pageSize));
      for (let p = first; p <= last; p++) {
        if (pages.current.has(p) || pending.current.has(p)) continue;
        pending.current.add(p);
        void fetchRef.current(p * pageSize, pageSize).then((r) => {
          if (gen.current !== mine) return;
          pending.current.delete(p);
          if (!r.ok) {
            setError(r.error.message);
            return;
          }
          pages.current.set(p, r.value.rows);
          if (pages.current.size > MAX_PAGES) {
            const far = [...pages.current.keys()].sort((a, b) => Math.abs(b - p) - Math.abs(a - p));
            for (const drop of far.slice(0, pages.current.size - MAX_PAGES)) pages.current.delete(drop);
          }
          setTotal(r.value.total);
          setCapped(r.value.capped === true);
          setVersion((v) => v + 1);
        });
      }
    },
    [pageSize],
  );

  const rowAt = useCallback(
    (index: number): T | undefined => pages.current.get(Math.floor(index / pageSize))?.[index % pageSize],
    [pageSize],
  );

  return {
    total,
    capped,
    rowAt,
    ensure,
    loading,
    error,
    version,
    reload: useCallback(() => setTick((n) => n + 1), []),
  };
}
