import { describe, expect, it } from 'vitest';
import { applicationAttachmentLimits, checkApplicationAttachments } from './applicationAttachments';

const file = (megabytes: number, name = 'a.pdf') => ({ name, size: megabytes * 1024 * 1024 });

describe('checkApplicationAttachments: the files of one application together', () => {
  it('takes no files, or up to the limits', () => {
    expect(checkApplicationAttachments({ files: [] })).toEqual([]);
    expect(checkApplicationAttachments({ files: Array.from({ length: applicationAttachmentLimits.maxFiles }, () => file(4)) })).toEqual([]);
  });

  it('refuses one file too many, at the attachments field, saying how many were chosen', () => {
    const files = Array.from({ length: applicationAttachmentLimits.maxFiles + 1 }, () => file(0.1));
    expect(checkApplicationAttachments({ files })).toEqual([{ key: 'applicationAttachmentsTooMany', path: 'attachments', params: { count: files.length, max: applicationAttachmentLimits.maxFiles } }]);
  });

  it('refuses files larger than the total together, with their size', () => {
    expect(checkApplicationAttachments({ files: [file(12), file(8.5)] })).toEqual([{ key: 'applicationAttachmentsTooLarge', path: 'attachments', params: { size: '20.5', max: 20 } }]);
    expect(checkApplicationAttachments({ files: [file(1), file(1)], limits: { maxFiles: 1, maxTotalMegabytes: 1 } }).map((refusal) => refusal.key)).toEqual(['applicationAttachmentsTooMany', 'applicationAttachmentsTooLarge']);
  });
});
