import 'server-only'
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'
import { env, isProduction } from '@/lib/env'

// Credentials Plural keeps for other services (chat webhook URLs, bot tokens, tracker API tokens) are
// stored sealed with AES-256-GCM: a database dump or a backup alone does not reveal them, and a changed
// byte fails authentication instead of decrypting to something else. The format carries a version so a
// later key rotation can tell old from new: `v1.<iv>.<tag>.<ciphertext>`, each part base64url.

const FORMAT = 'v1'
const IV_BYTES = 12 // the size GCM is specified for (NIST SP 800-38D)

// Outside production only, so development and tests need no setup; lib/env.ts refuses to start a
// production server without CONNECTOR_SECRET_KEY.
const DEVELOPMENT_KEY = 'plural-development-connector-key-never-used-in-production'

export type SecretBox = {
  encrypt(plaintext: string): string
  decrypt(sealed: string): string
}

/** A box sealing with the given key text (any length of at least 32 characters; hashed to 256 bits). */
export function createSecretBox(keyText: string): SecretBox {
  if (keyText.length < 32) throw new Error('A connector secret key needs at least 32 characters')
  const key = createHash('sha256').update(keyText, 'utf8').digest()
  return {
    encrypt(plaintext) {
      const iv = randomBytes(IV_BYTES)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
      return [FORMAT, iv, cipher.getAuthTag(), ciphertext]
        .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
        .join('.')
    },
    decrypt(sealed) {
      const [format, iv, tag, ciphertext] = sealed.split('.')
      if (format !== FORMAT || iv === undefined || tag === undefined || ciphertext === undefined)
        throw new Error('Not a sealed secret (expected v1.<iv>.<tag>.<ciphertext>)')
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
      decipher.setAuthTag(Buffer.from(tag, 'base64url'))
      try {
        return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8')
      } catch {
        // The message never includes the sealed text; it says what most likely happened.
        throw new Error('A stored secret could not be decrypted: it was altered, or CONNECTOR_SECRET_KEY changed since it was saved')
      }
    },
  }
}

let box: SecretBox | undefined
function defaultBox(): SecretBox {
  const configured = env().CONNECTOR_SECRET_KEY
  if (!configured && isProduction()) throw new Error('CONNECTOR_SECRET_KEY is required in production')
  box ??= createSecretBox(configured ?? DEVELOPMENT_KEY)
  return box
}

/** Seals a credential with the key from the environment, for storing in the database. */
export const encryptSecret = (plaintext: string) => defaultBox().encrypt(plaintext)
/** Opens what encryptSecret sealed; throws when it was altered or the key changed. */
export const decryptSecret = (sealed: string) => defaultBox().decrypt(sealed)
