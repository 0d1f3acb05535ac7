import type { MailSettings } from '@xxgk/config';
import nodemailer from 'nodemailer';
import type { EmailAdapter } from 'payload';

/** The adapter's name when an SMTP server is configured: notifications are mailed only then. */
export const smtpAdapterName = 'smtp';

/**
 * Payload's e-mail adapter from the SMTP settings (packages/config `resolveMail`), on nodemailer.
 *
 * Why not @payloadcms/email-nodemailer: it pins its peer `payload` to its own version, and none
 * is published for the Payload we run (3.90.2: the latest is 3.90.1, which npm refuses beside
 * payload 3.90.2). It is also a thin wrapper that, when misconfigured, falls back to an ethereal.email
 * test account on the internet; this one never does.
 *
 * Without SMTP_HOST the adapter sends nothing and prints nothing (Payload's default would write
 * every e-mail, password-reset links included, to the console): notifications are then recorded
 * only, and a forgotten password is reset by an administrator.
 */
export const buildEmailAdapter = (mail: MailSettings): EmailAdapter => {
  const { smtp, from } = mail;
  if (!smtp) {
    return ({ payload }) => ({
      name: 'none',
      defaultFromAddress: from.address,
      defaultFromName: from.name,
      sendEmail: async (message) => {
        payload.logger.debug({ msg: 'No SMTP server configured (SMTP_HOST): e-mail not sent', subject: message.subject });
      },
    });
  }
  // One connection per message (no pool): a campus mail server that drops idle connections costs
  // nothing, and a server that is down fails each message in seconds rather than minutes.
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.auth ? { auth: smtp.auth } : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return () => ({
    name: smtpAdapterName,
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => transport.sendMail({ ...message, from: message.from ?? (from.name ? { name: from.name, address: from.address } : from.address) }),
  });
};
