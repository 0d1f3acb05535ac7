import { withPayload } from '@payloadcms/next/withPayload';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Workspace packages ship TypeScript source.
  transpilePackages: ['@xxgk/domain', '@xxgk/checklist', '@xxgk/config', '@xxgk/http', '@xxgk/documents'],
  poweredByHeader: false,
  // The mailer of staff notifications runs as Node loads it, not bundled; so do the reply letters'
  // renderers (pdfkit reads its font metrics from its own folder at run time).
  serverExternalPackages: ['nodemailer', 'pdfkit', 'docx'],
  async headers() {
    // Browsers must take every answer for the type it declares (uploaded files above all).
    return [{ source: '/:path*', headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }] }];
  },
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
