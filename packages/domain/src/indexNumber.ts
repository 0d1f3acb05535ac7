/**
 * 索引号 (index number): the stable public identifier of a record in the disclosure directory.
 * Assigned once on creation as `<institution code>-<category seq>-<year>-<serial>`, e.g.
 * `4145013911-03-2022-00017`. Records imported from an older site may keep their own number,
 * as long as it matches `manualIndexNoPattern` and is unique.
 */
export const formatIndexNo = ({
  institutionCode,
  categorySeq,
  year,
  serial,
}: {
  institutionCode: string;
  categorySeq: number;
  year: number;
  serial: number;
}) => `${institutionCode}-${String(categorySeq).padStart(2, '0')}-${year}-${String(serial).padStart(5, '0')}`;

export const indexNoPrefix = ({
  institutionCode,
  categorySeq,
  year,
}: {
  institutionCode: string;
  categorySeq: number;
  year: number;
}) => `${institutionCode}-${String(categorySeq).padStart(2, '0')}-${year}-`;

export const manualIndexNoPattern = /^[0-9A-Za-z][0-9A-Za-z_./-]{2,63}$/;
