// Editing one row of a list held in form state, without mutating it.

export function setRow<T>(rows: T[], index: number, patch: Partial<T>): T[] {
  return rows.map((r, i) => (i === index ? { ...r, ...patch } : r));
}

export function removeRow<T>(rows: T[], index: number): T[] {
  return rows.filter((_, i) => i !== index);
}

/** The value of the input an event came from. */
export const valueOf = (e: Event) => (e.currentTarget as HTMLInputElement).value;
