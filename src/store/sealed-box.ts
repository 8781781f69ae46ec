// Values encrypted at rest (AES-256-GCM) with a key derived from COPYDESK_ENCRYPTION_KEY: what the store holds
// is unreadable without the key, and a value that was altered, or moved to another record, fails to open. Each
// sealed value names its key by a short fingerprint, so a store sealed with another key says so instead of
// looking damaged. The derivation is scrypt with a fixed salt: every instance sharing the key derives the same one.
import { createCipheriv, createDecipheriv, createHmac, randomBytes, scryptSync } from 'node:crypto';

const SALT = 'copydesk:sealed-box:v1';
const IV_BYTES = 12;

/** What the store keeps: nothing in it is the plaintext. */
export interface Sealed {
  v: 1;
  /** Which key sealed it (a fingerprint, not the key). */
  kid: string;
  iv: string;
  tag: string;
  data: string;
}

export class UnsealError extends Error {
  readonly reason: 'other-key' | 'damaged';

  constructor(reason: 'other-key' | 'damaged', message: string) {
    super(message);
    this.name = 'UnsealError';
    this.reason = reason;
  }
}

export interface SealedBox {
  readonly keyId: string;
  /** `context` is bound into the seal (the record's key): a sealed value copied to another record will not open. */
  seal(plaintext: string, context: string): Sealed;
  open(sealed: unknown, context: string): string;
}

export function createSealedBox(secret: string): SealedBox {
  const key = scryptSync(secret, SALT, 32);
  const keyId = createHmac('sha256', key).update('key-id').digest('hex').slice(0, 16);
  return {
    keyId,
    seal: (plaintext, context) => {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return {
        v: 1,
        kid: keyId,
        iv: iv.toString('base64'),
        tag: cipher.getAuthTag().toString('base64'),
        data: data.toString('base64'),
      };
    },
    open: (sealed, context) => {
      if (!isSealed(sealed)) throw new UnsealError('damaged', 'the stored value is not a sealed value');
      if (sealed.kid !== keyId) {
        throw new UnsealError('other-key', 'it was encrypted with another COPYDESK_ENCRYPTION_KEY');
      }
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.iv, 'base64'));
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
        const data = Buffer.from(sealed.data, 'base64');
        return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
      } catch {
        throw new UnsealError('damaged', 'the stored value does not decrypt (altered or damaged)');
      }
    },
  };
}

function isSealed(value: unknown): value is Sealed {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return record.v === 1 && ['kid', 'iv', 'tag', 'data'].every((field) => typeof record[field] === 'string');
}
