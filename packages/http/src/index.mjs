// @ts-check
export { clientAddressHeader, createClientAddress, normalizeAddress, parseTrustedProxies } from './clientAddress.mjs';
export { compressBody, negotiateEncoding } from './compression.mjs';
export { contentDisposition, newNonce } from './headers.mjs';
export { createWindowCounter } from './windowCounter.mjs';
