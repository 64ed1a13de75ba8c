/**
 * The full save checks and migrations, for a starting account from another deployment. A module of
 * its own so `load-starting-account.ts` downloads them only for such a file.
 */
export { migrateSimState } from '@/simulator';
