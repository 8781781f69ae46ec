// The JSON output: the FactSheet itself, which is the documented contract (see DESIGN.md).
import type { FactSheet } from '../types.ts';

export function renderJson(sheet: FactSheet): string {
  return `${JSON.stringify(sheet, null, 2)}\n`;
}
