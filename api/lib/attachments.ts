/**
 * Files from tipsters. The type is decided by the bytes, never the name or the declared type; images
 * are decoded and re-encoded by sharp, which drops EXIF, GPS, XMP and every other metadata block.
 */
import sharp from 'sharp';
import { AppError } from './errors.ts';

export const MAX_FILES = 3;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export type AttachmentMime = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';

export interface CleanFile {
  mime: AttachmentMime;
  bytes: Buffer;
}

export function sniff(bytes: Uint8Array): AttachmentMime | null {
  const ascii = (start: number, end: number) => Buffer.from(bytes.subarray(start, end)).toString('latin1');
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n') return 'image/png';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  if (ascii(0, 5) === '%PDF-') return 'application/pdf';
  return null;
}

export async function cleanAttachments(files: File[]): Promise<CleanFile[]> {
  if (files.length > MAX_FILES) throw new AppError('too_many_files', 400);
  const out: CleanFile[] = [];
  for (const file of files) {
    if (file.size > MAX_FILE_BYTES) throw new AppError('file_too_large', 413);
    const bytes = Buffer.from(await file.arrayBuffer());
    const mime = sniff(bytes);
    if (!mime) throw new AppError('file_type', 415);
    out.push({ mime, bytes: mime === 'application/pdf' ? bytes : await reencode(bytes, mime) });
  }
  return out;
}

async function reencode(bytes: Buffer, mime: AttachmentMime): Promise<Buffer> {
  try {
    // rotate() bakes the EXIF orientation into the pixels before the metadata is dropped.
    const image = sharp(bytes, { limitInputPixels: 50_000_000, failOn: 'error' }).rotate();
    if (mime === 'image/png') return await image.png().toBuffer();
    if (mime === 'image/webp') return await image.webp({ quality: 85 }).toBuffer();
    return await image.jpeg({ quality: 85, mozjpeg: true }).toBuffer();
  } catch {
    throw new AppError('file_unreadable', 400);
  }
}
