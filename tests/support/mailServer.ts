import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { from: string; to: string[]; subject: string; text: string };
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
 * inside the network may be; it accepts only the given credentials.
 */
export const startMailServer = async ({ user, pass }: { user: string; pass: string }): Promise<MailServer> => {
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
    onData: (stream, _session, callback) => {
      simpleParser(stream).then(
        (mail) => {
          mails.push({ from: mail.from?.value[0]?.address ?? '', to: addresses(mail.to), subject: mail.subject ?? '', text: mail.text ?? '' });
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
