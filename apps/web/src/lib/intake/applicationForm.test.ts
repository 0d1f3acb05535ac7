import { describe, expect, it } from 'vitest';
import { chosenFileNames, chosenFiles, filesTooLarge } from './applicationForm';

describe('the files of the application form', () => {
  it('takes the chosen files and ignores the empty part of an empty file input', () => {
    const form = new FormData();
    form.append('attachments', new File([], '', { type: 'application/octet-stream' }));
    form.append('attachments', new File([], 'blob'));
    form.append('attachments', new File(['%PDF-1.4'], '委托书.pdf', { type: 'application/pdf' }));
    form.append('name', '张三');
    const files = chosenFiles(form);
    expect(files.map((file) => file.name)).toEqual(['委托书.pdf']);
    expect(chosenFileNames(files)).toEqual({ chosenFiles: '委托书.pdf' });
    expect(chosenFileNames([])).toEqual({});
  });

  it('says at the files’ field that files the gateway would not read are too large together', () => {
    const files = [new File([new Uint8Array(3 * 1024 * 1024)], 'scan.pdf')];
    expect(filesTooLarge({ kind: 'tooLarge' }, files, 'zh')).toEqual({
      kind: 'refused',
      reason: 'INVALID_INPUT',
      message: '附件合计 3.0 MB，超过上限 20 MB，请压缩或删减后重新选择。',
      fieldErrors: [{ path: 'attachments', message: '附件合计 3.0 MB，超过上限 20 MB，请压缩或删减后重新选择。' }],
    });
    // Without files a 413 stays a problem of the whole form.
    expect(filesTooLarge({ kind: 'tooLarge' }, [], 'en')).toEqual({ kind: 'tooLarge' });
  });
});
