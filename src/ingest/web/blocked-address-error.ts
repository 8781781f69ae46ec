// The error a blocked connection raises, in a file of its own: the messages in fetch-errors.ts test for it on
// every run, and importing it from safe-agent.ts would load undici (100+ modules) even when no link is read.
import type { AddressClass } from './address-policy.ts';

/** Thrown (inside undici) when a connection would reach a non-public address. */
export class BlockedAddressError extends Error {
  readonly code = 'ECOPYDESK_BLOCKED';
  readonly address: string;
  readonly kind: AddressClass;

  constructor(host: string, address: string, kind: AddressClass) {
    super(`refused to connect to ${host} (${address}, ${kind})`);
    this.name = 'BlockedAddressError';
    this.address = address;
    this.kind = kind;
  }
}
