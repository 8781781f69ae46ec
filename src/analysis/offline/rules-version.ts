/** Part of every cache key and of the JSON output: bump it whenever a rule or a word list changes. */
export const OFFLINE_RULES_VERSION = 'offline-v378';

/**
 * The rules this version names, as a fingerprint of the engine's sources: rules-version.test.ts computes it and
 * fails when it no longer matches, so a changed rule cannot keep an old version and its cached sheets. A change
 * shown to leave every output alike (a speed-up, a comment) records the new fingerprint under the same version.
 */
export const OFFLINE_RULES_FINGERPRINT = 'ce4e304e89225919';
