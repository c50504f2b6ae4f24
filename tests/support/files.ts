import sharp from 'sharp';

export const GPS_MARK = 'HUHANG-GPS-MARK';
export const CAMERA_MARK = 'HUHANG-CAMERA-MARK';

/** A real JPEG carrying EXIF camera data and a GPS block, as a phone photo would. */
export async function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: CAMERA_MARK, Model: 'Phone' },
      IFD3: { GPSLatitudeRef: 'N', GPSLongitudeRef: 'E', GPSMapDatum: GPS_MARK },
    })
    .toBuffer();
}

export const tinyPdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
