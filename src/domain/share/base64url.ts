/** The URL-safe base64 alphabet (RFC 4648 §5): every character is safe in a URL fragment. */
export const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function digitOf(char: string): number {
  return ALPHABET.indexOf(char);
}

export function charOf(digit: number): string {
  return ALPHABET.charAt(digit);
}

/** Bytes to unpadded base64url. */
export function bytesToBase64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += charOf((n >> (18 - 6 * k)) & 63);
  }
  return out;
}

/** Unpadded base64url to bytes; null when a character is outside the alphabet or the length is impossible. */
export function base64urlToBytes(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 4) {
    const chunk = text.slice(i, i + 4);
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const d = k < chunk.length ? digitOf(chunk.charAt(k)) : 0;
      if (d < 0) return null;
      n = (n << 6) | d;
    }
    const count = Math.floor((chunk.length * 6) / 8);
    for (let k = 0; k < count; k++) bytes.push((n >> (16 - 8 * k)) & 255);
  }
  return Uint8Array.from(bytes);
}

/** 32-bit FNV-1a over the UTF-16 code units: a cheap, stable checksum for damage detection. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
