// A virtualised, keyboard-driven grid over paged rows: only visible rows render, whatever the total (200,000+).
import { Center, Loader, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import {
  useEffect,
  useId,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { useFillHeight } from './use-fill-height.ts';
import type { PagedRows } from './use-paged-rows.ts';
import classes from './virtual-table.module.css';

export interface Column<T> {
  id: string;
  header: ReactNode;
  /** A CSS grid track, e.g. '2fr' or '140px'. */
  width: string;
  render(row: T): ReactNode;
}

interface Props<T> {
  label: string;
  columns: Column<T>[];
  rows: PagedRows<T>;
  getKey(row: T): string;
  onOpen(row: T): void;
  /** Extra attributes for a row (data-overdue, data-testid …). */
  rowAttrs?(row: T): Record<string, string | undefined>;
  emptyText: string;
  /** The body's height (CSS); by default it fills the window down to the status bar. */
  height?: string;
  rowHeight?: number;
  /** Changes when the query changes: the list scrolls back to the top. */
  resetKey: string;
  /** The focusable body, so a search field can hand focus to the list with ArrowDown. */
  bodyRef?: RefObject<HTMLDivElement | null>;
  testId?: string;
}

export function VirtualTable<T>(props: Props<T>) {
  const { columns, rows, rowHeight = 44, resetKey } = props;
  const ownRef = useRef<HTMLDivElement | null>(null);
  const bodyRef = props.bodyRef ?? ownRef;
  const [active, setActive] = useState(-1);
  const idBase = useId();
  const count = rows.total ?? 0;
  const template = columns.map((c) => c.width).join(' ');
  const fill = useFillHeight(bodyRef);

  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => bodyRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  const { ensure, version } = rows;
  // Wait until scrolling pauses: a fling across 200,000 rows asks only for the pages it stops on.
  useEffect(() => {
    if (count === 0) return;
    const timer = window.setTimeout(() => ensure(first, last), 60);
    return () => window.clearTimeout(timer);
  }, [first, last, count, ensure, version]);

  useEffect(() => {
    setActive(-1);
    bodyRef.current?.scrollTo({ top: 0 });
  }, [resetKey, bodyRef]);

  const move = (to: number): void => {
    const next = Math.max(0, Math.min(count - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (count === 0) return;
    const pageRows = Math.max(1, items.length - 4);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      PageDown: () => move(active + pageRows),
      PageUp: () => move(active - pageRows),
      Home: () => move(0),
      End: () => move(count - 1),
      Enter: () => {
        const row = active >= 0 ? rows.rowAt(active) : undefined;
        if (row) props.onOpen(row);
      },
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  return (
    <div
      className={classes.grid}
      role="grid"
      aria-label={props.label}
      aria-rowcount={count + 1}
      aria-busy={rows.loading}
      data-testid={props.testId}
      data-total={rows.total ?? undefined}
    >
      <div className={classes.header} role="row" aria-rowindex={1} style={{ gridTemplateColumns: template }}>
        {columns.map((c) => (
          <div key={c.id} role="columnheader" className={classes.cell}>
            {c.header}
          </div>
        ))}
      </div>
      <div
        ref={bodyRef}
        className={classes.body}
        style={{ height: props.height ?? fill }}
        tabIndex={0}
        role="rowgroup"
        aria-activedescendant={active >= 0 ? `${idBase}-r${active}` : undefined}
        onKeyDown={onKeyDown}
        onFocus={() => {
          if (active < 0 && count > 0) setActive(first);
        }}
      >
        {/* A grid's rowgroup holds rows only (axe aria-required-children): the loading and empty states are one. */}
        {rows.total === null && rows.loading && (
          <div role="row">
            <Center p="lg" role="gridcell">
              <Loader size="sm" />
            </Center>
          </div>
        )}
        {rows.total === 0 && (
          <div role="row">
            <Text c="dimmed" p="md" size="sm" role="gridcell">
              {props.emptyText}
            </Text>
          </div>
        )}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows.rowAt(item.index);
            return (
              <div
                key={row ? props.getKey(row) : `pending-${item.index}`}
                id={`${idBase}-r${item.index}`}
                className={classes.item}
                role="row"
                aria-rowindex={item.index + 2}
                data-active={item.index === active || undefined}
                style={{
                  height: item.size,
                  transform: `translateY(${item.start}px)`,
                  gridTemplateColumns: template,
                }}
                onClick={() => {
                  setActive(item.index);
                  if (row) props.onOpen(row);
                }}
                {...(row ? props.rowAttrs?.(row) : {})}
              >
                {columns.map((c) => (
                  <div key={c.id} role="gridcell" className={classes.cell}>
                    {row ? c.render(row) : <Text c="dimmed">…</Text>}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
