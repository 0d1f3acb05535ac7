// @ts-check
export { clientAddressHeader, createClientAddress, normalizeAddress, parseTrustedProxies } from './clientAddress.mjs';
