// Makes this process load bench/plain-cipher.ts wherever the core imports its cipher layer: the plain baseline
// of the encryption-cost measure runs in a child process of its own (cipher-child.ts), the app never does this.
import { registerHooks } from 'node:module';

export const CIPHER_URL = new URL('../electron/core/db/cipher.ts', import.meta.url).href;
export const PLAIN_CIPHER_URL = new URL('./plain-cipher.ts', import.meta.url).href;

/**
 * Must run before anything that imports the core is loaded (the caller imports the core dynamically after it).
 * plain-cipher.ts itself still gets the real module, which it wraps.
 */
export function usePlainCipher(): void {
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const resolved = nextResolve(specifier, context);
      return resolved.url === CIPHER_URL && context.parentURL !== PLAIN_CIPHER_URL
        ? { ...resolved, url: PLAIN_CIPHER_URL }
        : resolved;
    },
  });
}
