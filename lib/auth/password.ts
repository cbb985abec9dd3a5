import 'server-only'
import { hash, verify } from '@node-rs/argon2'

// argon2id (the library's default algorithm) with its default cost parameters.
export const hashPassword = (password: string) => hash(password)

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password)
  } catch {
    return false
  }
}

// Verifying against a real hash when the e-mail is unknown keeps response times alike,
// so timing does not reveal which e-mails have accounts.
let dummyHash: Promise<string> | undefined
export function verifyAgainstDummy(password: string) {
  dummyHash ??= hash('not-a-real-password-for-timing')
  return dummyHash.then((h) => verify(h, password)).then(() => false)
}
