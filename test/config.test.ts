import { describe, expect, it } from 'vitest';
import { llmConfigured, loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  it('gives working defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      COPYDESK_MODEL: 'gpt-4.1-mini',
      COPYDESK_LLM_TIMEOUT_MS: 60_000,
      COPYDESK_LLM_MAX_RETRIES: 2,
      COPYDESK_COMPARE_EMOJI: 'scales',
      COPYDESK_FETCH_ALLOW: [],
      PORT: 3000,
    });
    expect(llmConfigured(config)).toBe(false);
  });

  it('names every bad variable in one message, without echoing secret values', () => {
    expect(() =>
      loadConfig({
        OPENAI_BASE_URL: 'localhost:11434',
        COPYDESK_STORE: 'mongo://x',
        SLACK_BOT_TOKEN: 'xoxp-1234-secret',
        PORT: 'eighty',
        COPYDESK_FETCH_ALLOW: 'intranet.local',
      }),
    ).toThrow(
      /^Configuration problem: OPENAI_BASE_URL must be an http\(s\) URL; COPYDESK_STORE must be "memory", "sqlite:PATH" or "redis:\/\/HOST:PORT\[\/DB\]"; COPYDESK_FETCH_ALLOW must be a comma-separated list of host:port; SLACK_BOT_TOKEN must start with xoxb-; PORT .*\.$/,
    );
    try {
      loadConfig({ SLACK_BOT_TOKEN: 'xoxp-1234-secret' });
    } catch (error) {
      expect(String(error)).not.toContain('secret');
    }
  });

  it('treats empty strings as unset and trims values', () => {
    const config = loadConfig({
      OPENAI_API_KEY: '  ',
      OPENAI_BASE_URL: ' http://127.0.0.1:11434/v1 ',
      COPYDESK_COMPARE_EMOJI: ':mag:',
    });
    expect(config.OPENAI_API_KEY).toBeUndefined();
    expect(config.OPENAI_BASE_URL).toBe('http://127.0.0.1:11434/v1');
    expect(config.COPYDESK_COMPARE_EMOJI).toBe('mag');
    expect(llmConfigured(config)).toBe(true);
  });

  it('parses the fetch allow list', () => {
    expect(
      loadConfig({ COPYDESK_FETCH_ALLOW: '127.0.0.1:8080, Intranet.Local:443' }).COPYDESK_FETCH_ALLOW,
    ).toEqual(['127.0.0.1:8080', 'intranet.local:443']);
  });
});
