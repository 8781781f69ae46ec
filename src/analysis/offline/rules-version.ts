/** Part of every cache key and of the JSON output: bump it whenever a rule or a word list changes. */
export const OFFLINE_RULES_VERSION = 'offline-v17';
