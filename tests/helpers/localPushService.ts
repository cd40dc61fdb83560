/**
 * A stand-in push service for tests: an HTTPS server on 127.0.0.1 with a throwaway self-signed certificate,
 * trusted by this test process only (https.globalAgent's `ca`, which web-push's requests use), so production
 * code keeps refusing anything but a valid certificate. Each subscription made here has its own key pair and
 * auth secret, and every delivered message is decrypted (RFC 8291, aes128gcm) with node:crypto, written from
 * the RFC rather than taken from the library under test.
 */
import { execFileSync } from 'node:child_process'
import { createDecipheriv, createECDH, type ECDH, hkdfSync, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

export type Delivered = {
  device: string
  headers: Record<string, string | string[] | undefined>
  text: string
}
export type LocalDevice = {
  name: string
  endpoint: string
  keys: { p256dh: string; auth: string }
  ecdh: ECDH
  authSecret: Buffer
}

const selfSignedCertificate = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'push-cert-'))
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        path.join(dir, 'key.pem'),
        '-out',
        path.join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    )
    return {
      key: readFileSync(path.join(dir, 'key.pem')),
      cert: readFileSync(path.join(dir, 'cert.pem')),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** RFC 8291 §3.4 and RFC 8188: one aes128gcm record, decrypted with the device's private key and auth secret. */
export const decryptAes128gcm = (body: Buffer, device: Pick<LocalDevice, 'ecdh' | 'authSecret'>): string => {
  const salt = body.subarray(0, 16)
  const idLength = body.readUInt8(20)
  const senderPublic = body.subarray(21, 21 + idLength)
  const ciphertext = body.subarray(21 + idLength)
  const shared = device.ecdh.computeSecret(senderPublic)
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), device.ecdh.getPublicKey(), senderPublic])
  const ikm = Buffer.from(hkdfSync('sha256', shared, device.authSecret, keyInfo, 32))
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16))
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12))
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce)
  decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16))
  const padded = Buffer.concat([
    decipher.update(ciphertext.subarray(0, ciphertext.length - 16)),
    decipher.final(),
  ])
  // The last record ends with the delimiter 0x02 and optional zero padding.
  let end = padded.length - 1
  while (end >= 0 && padded[end] === 0) end -= 1
  if (padded[end] !== 2) throw new Error('Not a final aes128gcm record')
  return padded.subarray(0, end).toString('utf8')
}

export const startLocalPushService = async () => {
  const { key, cert } = selfSignedCertificate()
  const delivered: Delivered[] = []
  const devices = new Map<string, LocalDevice>()
  const answers = new Map<string, number>()
  const server = https.createServer({ key, cert }, (request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const name = decodeURIComponent((request.url ?? '').replace(/^\/push\//, ''))
      const device = devices.get(name)
      const status = answers.get(name) ?? 201
      if (device && status < 300) {
        delivered.push({
          device: name,
          headers: request.headers,
          text: decryptAes128gcm(Buffer.concat(chunks), device),
        })
      }
      response.writeHead(device ? status : 404).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const previousCa = https.globalAgent.options.ca
  https.globalAgent.options.ca = cert
  return {
    delivered,
    /** A browser's subscription: its own P-256 key pair and 16-byte auth secret. */
    device: (name: string): LocalDevice => {
      const ecdh = createECDH('prime256v1')
      ecdh.generateKeys()
      const authSecret = randomBytes(16)
      const device = {
        name,
        endpoint: `https://127.0.0.1:${port}/push/${encodeURIComponent(name)}`,
        keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: authSecret.toString('base64url') },
        ecdh,
        authSecret,
      }
      devices.set(name, device)
      return device
    },
    /** Answer this device's next deliveries with a status (410: the browser unsubscribed). */
    answer: (name: string, status: number) => answers.set(name, status),
    stop: async () => {
      https.globalAgent.options.ca = previousCa
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
