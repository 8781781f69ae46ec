// Usage accounting shared by the per-source analysis and the comparison.
import type { Usage } from './types.ts';

export function emptyUsage(): Usage {
  return { llmCalls: 0, inputTokens: 0, outputTokens: 0, cached: 0 };
}

export function addUsage(
  total: Usage,
  call: { llmCalls: number; inputTokens: number; outputTokens: number },
): void {
  total.llmCalls += call.llmCalls;
  total.inputTokens += call.inputTokens;
  total.outputTokens += call.outputTokens;
}
