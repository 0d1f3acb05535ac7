import { checkUploadedFile, type Refusal } from '@xxgk/domain';
import { fileTypeFromBuffer } from 'file-type';

/** A file as the upload parsers hand it over (Payload's req.file; the gateway's multipart File read into a buffer). */
export type UploadedFile = { name: string; mimetype: string; size?: number; data?: Buffer; truncated?: boolean };

/**
 * The upload rules of the domain (checkUploadedFile) applied to a file's bytes: the content is
 * sniffed here (file-type), the rest is the domain's. Null when the file may be stored.
 */
export const inspectUpload = async ({ file, maxMegabytes, path }: { file: UploadedFile; maxMegabytes: number; path: string }): Promise<Refusal | null> => {
  const hasBytes = Boolean(file.data?.length);
  const detected = hasBytes ? await fileTypeFromBuffer(file.data!) : null;
  return checkUploadedFile({
    file: { name: file.name, declaredType: file.mimetype, size: file.size ?? file.data?.length ?? 0, truncated: file.truncated, detected: hasBytes ? (detected ?? undefined) : null },
    maxMegabytes,
    path,
  });
};
