import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

export type AuditAnchorKeys = { privateKey: KeyObject; publicKey: KeyObject }

const asEd25519 = (pem: string, source: string): AuditAnchorKeys => {
  let privateKey: KeyObject
  try {
    privateKey = createPrivateKey(pem)
  } catch {
    throw new Error(`${source} is not a readable PEM private key.`)
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(`${source} must be an Ed25519 private key (openssl genpkey -algorithm ed25519).`)
  }
  return { privateKey, publicKey: createPublicKey(privateKey) }
}

const readKeyFile = (file: string, source: string) => {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    throw new Error(`${source} cannot be read: ${(error as Error).message}`)
  }
}

/**
 * Development and tests: a key made on first use in the git-ignored `.data/` folder, created exclusively
 * so two processes starting at once end up with the same key.
 */
const developmentKeyPem = (): string => {
  // turbopackIgnore: a runtime file, not source.
  const file = path.resolve(/*turbopackIgnore: true*/ process.cwd(), '.data', 'audit-anchor-key.pem')
  try {
    return readFileSync(file, 'utf8')
  } catch {
    mkdirSync(path.dirname(file), { recursive: true })
    const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
    try {
      writeFileSync(file, pem, { flag: 'wx', mode: 0o600 })
      return pem
    } catch {
      return readFileSync(file, 'utf8')
    }
  }
}

/**
 * The Ed25519 key that signs the daily audit anchor (docs/audit-chain.md). It must be a key the database
 * does not hold, so that someone who can rewrite the audit log cannot also sign a matching anchor:
 * `AUDIT_ANCHOR_KEY` (the PEM itself) or `AUDIT_ANCHOR_KEY_FILE` (a path to it). Production refuses to
 * go without one; development and tests make their own.
 */
export const auditAnchorKey = (): AuditAnchorKeys => {
  const inline = process.env.AUDIT_ANCHOR_KEY
  // A PEM in a one-line env file often has its line breaks written as \n.
  if (inline) return asEd25519(inline.replace(/\\n/g, '\n'), 'AUDIT_ANCHOR_KEY')
  const file = process.env.AUDIT_ANCHOR_KEY_FILE
  if (file)
    return asEd25519(readKeyFile(file, `AUDIT_ANCHOR_KEY_FILE (${file})`), `AUDIT_ANCHOR_KEY_FILE (${file})`)
  if (process.env.NODE_ENV === 'production') {
    throw new Error(
      'AUDIT_ANCHOR_KEY or AUDIT_ANCHOR_KEY_FILE must hold the Ed25519 private key that signs the daily audit anchor in production (docs/audit-chain.md). No anchor was written.',
    )
  }
  return asEd25519(developmentKeyPem(), 'The development anchor key (.data/audit-anchor-key.pem)')
}
