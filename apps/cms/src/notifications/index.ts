export { deliveriesSettled, mailsNotifications, notify, type NotificationDraft, type Recipient } from './notify';
export { runReminders, type RemindersResult } from './reminders';
export { remindersQueue } from './jobs';
