import { describe, expect, it } from 'vitest';
import { readEnv } from './env';
import { resolveMail } from './paths';

const problemsOf = (source: Record<string, string>) => {
  try {
    readEnv(source);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('e-mail settings (SMTP_*, MAIL_FROM, REMINDER_CRON)', () => {
  it('sends nothing by default, from the platform’s name, reminding every 15 minutes', () => {
    const env = readEnv({});
    expect(resolveMail(env)).toEqual({ smtp: null, from: { name: '信息公开平台', address: 'noreply@localhost' } });
    expect(env.REMINDER_CRON).toBe('*/15 * * * *');
  });

  it('takes empty values (Compose’s ${NAME:-}) as unset', () => {
    const env = readEnv({ SMTP_HOST: '', SMTP_PORT: '', SMTP_SECURE: '', SMTP_USER: '', SMTP_PASS: '', MAIL_FROM: '', REMINDER_CRON: '' });
    expect(resolveMail(env).smtp).toBeNull();
    expect(env.MAIL_FROM).toBe('信息公开平台 <noreply@localhost>');
    expect(env.REMINDER_CRON).toBe('*/15 * * * *');
  });

  it('defaults the port from SMTP_SECURE and passes the sign-in on', () => {
    expect(resolveMail(readEnv({ SMTP_HOST: 'smtp.example.edu.cn' })).smtp).toEqual({ host: 'smtp.example.edu.cn', port: 587, secure: false });
    expect(resolveMail(readEnv({ SMTP_HOST: 'smtp.example.edu.cn', SMTP_SECURE: 'true', SMTP_USER: 'xxgk', SMTP_PASS: 'secret', MAIL_FROM: 'xxgk@example.edu.cn' }))).toEqual({
      smtp: { host: 'smtp.example.edu.cn', port: 465, secure: true, auth: { user: 'xxgk', pass: 'secret' } },
      from: { name: '', address: 'xxgk@example.edu.cn' },
    });
    expect(resolveMail(readEnv({ SMTP_HOST: '10.0.0.25', SMTP_PORT: '2525', MAIL_FROM: '"某大学 信息公开" <xxgk@example.edu.cn>' }))).toMatchObject({
      smtp: { port: 2525 },
      from: { name: '某大学 信息公开', address: 'xxgk@example.edu.cn' },
    });
  });

  it('refuses bad values at start, naming each setting and what it should be', () => {
    const message = problemsOf({ SMTP_HOST: 'smtp://mail.example.edu.cn', SMTP_PORT: '70000', SMTP_SECURE: 'yes', MAIL_FROM: 'noreply', REMINDER_CRON: 'hourly' });
    expect(message).toMatch(/^Invalid environment configuration:/);
    expect(message).toContain('SMTP_HOST: SMTP_HOST must be a host name or address');
    expect(message).toContain('SMTP_PORT:');
    expect(message).toContain('SMTP_SECURE: SMTP_SECURE must be true');
    expect(message).toContain('MAIL_FROM: MAIL_FROM must be an address or "Name <address>"');
    expect(message).toContain('REMINDER_CRON: REMINDER_CRON must be a cron expression');
    expect(problemsOf({ SMTP_HOST: 'mail.example.edu.cn', SMTP_USER: 'xxgk' })).toContain('SMTP_PASS: SMTP_USER is set, so SMTP_PASS is needed too');
    expect(problemsOf({ REMINDER_CRON: 'off' })).toBe('');
    expect(problemsOf({ REMINDER_CRON: '0 */2 * * 1-5' })).toBe('');
    expect(problemsOf({ REMINDER_CRON: '0 8 * * MON-FRI' })).toBe('');
    expect(problemsOf({ REMINDER_CRON: '*/15 * * * ;rm' })).toContain('REMINDER_CRON');
  });
});
