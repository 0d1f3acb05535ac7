import type { PayloadRequest } from 'payload';

/**
 * The public reads published information through the gateway and the site, never through the
 * CMS's own REST or GraphQL API (which would let anyone ask for every record at full depth).
 * Anonymous requests keep the public's read rule only where it is needed: the gateway's
 * in-process Local API and the download of a public record's files.
 */
export const isPublicReaderAllowed = ({ req, isReadingStaticFile = false }: { req: PayloadRequest; isReadingStaticFile?: boolean }) =>
  isReadingStaticFile || req.payloadAPI === 'local';
