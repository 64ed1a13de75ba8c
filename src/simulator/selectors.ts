/**
 * Read-only views of the state for the console UI and the lesson checks. Selectors never change
 * anything and never need a session. One module per part of the console, so the console's shell
 * downloads only the few it shows on every page (who is signed in, the mailbox) and each screen
 * brings its own.
 */
export * from './selectors/session.ts';
export * from './selectors/iam.ts';
export * from './selectors/monitoring.ts';
export * from './selectors/mailbox.ts';
export * from './selectors/sign-in.ts';
