// Which panel slot each started operation belongs to, kept in sessionStorage so a reloaded window re-attaches it there.
const KEY = 'puskesos.operationSlots';

// Only operation ids and slot names (no personal data); absent outside a browser (unit tests).
const storage = (): Storage | null => (typeof sessionStorage === 'undefined' ? null : sessionStorage);

const read = (): Record<string, string> => {
  try {
    const parsed: unknown = JSON.parse(storage()?.getItem(KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
};

const write = (slots: Record<string, string>): void => {
  storage()?.setItem(KEY, JSON.stringify(slots));
};

/** The slots of operations started in this window whose end it has not yet seen. */
export const rememberedSlots = (): Readonly<Record<string, string>> => read();

export const rememberSlot = (id: string, slot: string): void => write({ ...read(), [id]: slot });

export const forgetSlot = (id: string): void => {
  const { [id]: _gone, ...rest } = read();
  write(rest);
};

export const forgetAllSlots = (): void => {
  storage()?.removeItem(KEY);
};
