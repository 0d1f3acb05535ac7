import { withPayload } from '@payloadcms/next/withPayload';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Workspace packages ship TypeScript source.
  transpilePackages: ['@xxgk/domain', '@xxgk/checklist', '@xxgk/config'],
  poweredByHeader: false,
};

export default withPayload(nextConfig, { devBundleServerPackages: false });
