import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type ReceivedAttachment = { filename: string; contentType: string; content: Buffer };
export type ReceivedMail = { from: string; to: string[]; subject: string; text: string; attachments: ReceivedAttachment[] };
export type MailServer = {
  host: string;
  port: number;
  /** Every message received so far, parsed. */
  mails: ReceivedMail[];
  /** The sign-ins the server accepted (user names). */
  logins: string[];
  close: () => Promise<void>;
};

const addresses = (value: ParsedMail['to']) => (Array.isArray(value) ? value : value ? [value] : []).flatMap((group) => group.value.map((entry) => entry.address ?? ''));

/**
 * A real SMTP server on the loopback address (smtp-server), for the CMS to mail to: each message
 * is parsed (mailparser) and kept. Plain SMTP with AUTH (no STARTTLS offered), as a campus relay
 * inside the network may be; it accepts only the given credentials. `refuseRecipient` makes it
 * refuse some addresses (550, as a server refuses an unknown mailbox): a delivery that fails.
 */
export const startMailServer = async ({ user, pass, refuseRecipient = () => false }: { user: string; pass: string; refuseRecipient?: (address: string) => boolean }): Promise<MailServer> => {
  const mails: ReceivedMail[] = [];
  const logins: string[] = [];
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    onAuth: (auth, _session, callback) => {
      if (auth.username === user && auth.password === pass) {
        logins.push(auth.username);
        callback(null, { user: auth.username });
      } else callback(new Error('Invalid user name or password'));
    },
    onRcptTo: (address, _session, callback) => {
      if (refuseRecipient(address.address)) callback(Object.assign(new Error(`Mailbox unavailable: ${address.address}`), { responseCode: 550 }));
      else callback();
    },
    onData: (stream, _session, callback) => {
      simpleParser(stream).then(
        (mail) => {
          mails.push({
            from: mail.from?.value[0]?.address ?? '',
            to: addresses(mail.to),
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            attachments: mail.attachments.map((attachment) => ({ filename: attachment.filename ?? '', contentType: attachment.contentType, content: attachment.content })),
          });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { host: '127.0.0.1', port, mails, logins, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
};
