import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'turso',
  schema: './api/db/schema/index.ts',
  out: './api/db/migrations',
  dbCredentials: { url: 'file:data/drizzle-kit.db' },
});
