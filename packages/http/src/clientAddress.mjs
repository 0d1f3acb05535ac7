// @ts-check
import ipaddr from 'ipaddr.js';
import proxyaddr from 'proxy-addr';

/**
 * The address of the client behind a request, for rate limits and sign-in throttling. The
 * socket's peer is the client unless it is one of the configured trusted proxies; only then is
 * `X-Forwarded-For` read, from the right, up to the first address that is not a trusted proxy
 * (what a client writes itself is never believed). IPv4 and its IPv6-mapped form
 * (::ffff:1.2.3.4) are one client, and IPv6 is written in its canonical short form.
 *
 * `trustedProxies`: comma-separated addresses, CIDR ranges or the names proxy-addr knows
 * (`loopback`, `linklocal`, `uniquelocal`); empty trusts nobody.
 */
export const parseTrustedProxies = (/** @type {string | undefined} */ text) =>
  (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/** Canonical text of an address; anything unparsable is kept as given (it is still one bucket). */
export const normalizeAddress = (/** @type {string} */ address) => {
  try {
    return ipaddr.process(address).toString();
  } catch {
    return address;
  }
};

/**
 * @param {{ trustedProxies: string[] }} options
 * @returns {(request: import('node:http').IncomingMessage) => string}
 */
export const createClientAddress = ({ trustedProxies }) => {
  // An invalid entry is a configuration error: refuse to start rather than trust the wrong peer.
  const trust = proxyaddr.compile(trustedProxies);
  return (request) => normalizeAddress(proxyaddr(request, trust) ?? 'unknown');
};

/** The header a server started by serveNext sets to the client address it resolved (anything a client sent is replaced). */
export const clientAddressHeader = 'x-xxgk-client-address';
