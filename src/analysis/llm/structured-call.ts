// One structured-output call, with every way it can go wrong turned into a CopydeskError a user can read.
// The SDK's error classes come from its light core/error module, not its entry point (see chat-client.ts).
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ContentFilterFinishReasonError,
  LengthFinishReasonError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from 'openai/core/error';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { z } from 'zod';
import { CopydeskError } from '../../errors.ts';
import { budgetWords, type Deadline } from '../../util/deadline.ts';
import type { EngineResult } from '../engine.ts';
import type { ChatClient } from './chat-client.ts';
import type { ChatMessage } from './messages.ts';

export interface StructuredCall<S extends z.ZodType> {
  client: ChatClient;
  model: string;
  schema: S;
  /** The schema's name on the wire: [a-zA-Z0-9_-] only. */
  name: string;
  messages: ChatMessage[];
  /** What the call was for, in words for users: "reading “Gaza truce holds”". */
  purpose: string;
  /** The sheet's deadline: each try gets at most an equal share of what is left, and the call stops at it. */
  deadline?: Deadline;
}

/** Converting a zod schema to JSON Schema is not free: do it once per schema, not once per call. */
const formats = new WeakMap<z.ZodType, ReturnType<typeof zodResponseFormat>>();
function responseFormat(schema: z.ZodType, name: string): ReturnType<typeof zodResponseFormat> {
  let format = formats.get(schema);
  if (!format) {
    format = zodResponseFormat(schema, name);
    formats.set(schema, format);
  }
  return format;
}

export async function structuredCall<S extends z.ZodType>(
  call: StructuredCall<S>,
): Promise<EngineResult<z.output<S>>> {
  let completion: Awaited<ReturnType<ChatClient['chat']['completions']['parse']>>;
  try {
    completion = await call.client.chat.completions.parse(
      {
        model: call.model,
        messages: call.messages,
        temperature: 0,
        response_format: responseFormat(call.schema, call.name),
      },
      requestLimits(call),
    );
  } catch (error) {
    throw toCopydeskError(error, call);
  }
  const choice = completion.choices[0];
  const usage = {
    llmCalls: 1,
    inputTokens: completion.usage?.prompt_tokens ?? 0,
    outputTokens: completion.usage?.completion_tokens ?? 0,
  };
  // A compatible server may omit `refusal` or send an empty string: test for truthiness.
  if (choice?.message.refusal) {
    throw new CopydeskError('llm_refused', `The model declined to analyse this text while ${call.purpose}.`, {
      detail: { refusal: choice.message.refusal.slice(0, 500) },
    });
  }
  const parsed = choice?.message.parsed;
  if (parsed === null || parsed === undefined) {
    throw new CopydeskError(
      'llm_invalid_reply',
      `The model sent back an empty answer while ${call.purpose}.`,
      {
        detail: { finishReason: choice?.finish_reason ?? null },
      },
    );
  }
  return { value: parsed as z.output<S>, usage };
}

/**
 * Without a deadline, the client's own timeout and retries. With one, timeout × tries fits in what is left of
 * it (a hung server once cost 60 s × 3 tries = 182 s), and its signal ends the call when the time is up.
 */
function requestLimits(call: StructuredCall<z.ZodType>): { timeout?: number; signal?: AbortSignal } {
  if (!call.deadline) return {};
  const tries = call.client.maxRetries + 1;
  const share = Math.floor(call.deadline.remainingMs() / tries);
  return { timeout: Math.max(1, Math.min(call.client.timeout, share)), signal: call.deadline.signal };
}

function toCopydeskError(error: unknown, call: StructuredCall<z.ZodType>): CopydeskError {
  const host = safeHost(call.client.baseURL);
  const options = { cause: error, detail: { model: call.model, host } };
  // Only the sheet's deadline aborts a call: its time ran out.
  if (error instanceof APIUserAbortError && call.deadline) {
    return new CopydeskError(
      'deadline',
      `The fact sheet's time limit (${budgetWords(call.deadline)}) ran out while ${call.purpose}.`,
      options,
    );
  }
  if (error instanceof LengthFinishReasonError) {
    return new CopydeskError(
      'llm_truncated',
      `The model's answer was cut off at its length limit while ${call.purpose}. Try a shorter text.`,
      options,
    );
  }
  if (error instanceof ContentFilterFinishReasonError) {
    return new CopydeskError(
      'llm_content_filter',
      `The model's content filter stopped the answer while ${call.purpose}.`,
      options,
    );
  }
  if (error instanceof SyntaxError || isZodError(error)) {
    return new CopydeskError(
      'llm_invalid_reply',
      `The model sent back an answer in the wrong format while ${call.purpose}.`,
      options,
    );
  }
  if (error instanceof APIConnectionTimeoutError) {
    return new CopydeskError(
      'llm_timeout',
      `The model did not answer in time while ${call.purpose}.`,
      options,
    );
  }
  if (error instanceof APIConnectionError) {
    return new CopydeskError(
      'llm_unavailable',
      `Could not reach the model server (${host}) while ${call.purpose}.`,
      options,
    );
  }
  if (error instanceof RateLimitError) {
    return new CopydeskError(
      'llm_rate_limited',
      'The model service is rate-limiting us. Try again in a minute.',
      options,
    );
  }
  if (error instanceof AuthenticationError || error instanceof PermissionDeniedError) {
    return new CopydeskError(
      'llm_auth',
      `The model server (${host}) refused our credentials: check OPENAI_API_KEY.`,
      options,
    );
  }
  if (error instanceof NotFoundError) {
    return new CopydeskError(
      'llm_unavailable',
      `The model "${call.model}" was not found on ${host}: check COPYDESK_MODEL.`,
      options,
    );
  }
  if (error instanceof BadRequestError) {
    return new CopydeskError(
      'llm_unavailable',
      `The model server (${host}) rejected the request while ${call.purpose}.`,
      options,
    );
  }
  if (error instanceof APIError) {
    return new CopydeskError(
      'llm_unavailable',
      `The model server (${host}) failed while ${call.purpose}. Try again shortly.`,
      {
        ...options,
        detail: { ...options.detail, status: error.status },
      },
    );
  }
  return new CopydeskError('internal', `Something went wrong while ${call.purpose}.`, options);
}

function isZodError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ZodError' || error.constructor.name === '$ZodError');
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the model server';
  }
}
