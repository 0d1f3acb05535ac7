import { describe, expect, it } from 'vitest';
import { checkUploadedFile, type UploadedFileFacts } from './attachmentFile';

const pdf: UploadedFileFacts = { name: '申请书.pdf', declaredType: 'application/pdf', size: 1024, detected: { ext: 'pdf', mime: 'application/pdf' } };
const check = (file: Partial<UploadedFileFacts>, maxMegabytes = 1) => checkUploadedFile({ file: { ...pdf, ...file }, maxMegabytes, path: 'attachments' });

describe('checkUploadedFile: the upload rules of every attachment', () => {
  it('lets a real PDF within the limit through', () => {
    expect(check({})).toBeNull();
    expect(check({ size: 1024 * 1024 })).toBeNull();
  });

  it('refuses a name with a control character or a path, at the given field', () => {
    expect(check({ name: '../申请书.pdf' })).toEqual({ key: 'attachmentNameInvalid', path: 'attachments', params: { name: '../申请书.pdf' } });
    expect(check({ name: 'a\u0000.pdf' })?.key).toBe('attachmentNameInvalid');
  });

  it('refuses an extension or declared type the rules do not allow', () => {
    expect(check({ name: 'setup.exe', declaredType: 'application/x-msdownload' })).toEqual({ key: 'attachmentType', path: 'attachments', params: { name: 'setup.exe', type: 'application/x-msdownload' } });
    expect(check({ declaredType: 'image/png' })?.key).toBe('attachmentType');
  });

  it('refuses a file over the limit, with its size, or cut off by the parser', () => {
    expect(check({ size: 1.5 * 1024 * 1024 })).toEqual({ key: 'attachmentTooLarge', path: 'attachments', params: { name: '申请书.pdf', size: '1.5', max: 1 } });
    expect(check({ truncated: true })?.key).toBe('attachmentOverLimit');
  });

  it('decides by the bytes: an executable named .pdf, or bytes of no known type, are refused', () => {
    expect(check({ detected: { ext: 'exe', mime: 'application/x-msdownload' } })).toEqual({
      key: 'attachmentContentMismatch',
      path: 'attachments',
      params: { name: '申请书.pdf', actual: 'application/x-msdownload' },
    });
    expect(check({ detected: undefined })?.params).toMatchObject({ actual: 'text/unknown' });
  });
});
