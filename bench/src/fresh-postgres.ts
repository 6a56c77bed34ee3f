import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The PostgreSQL server benches may CREATE DATABASE on (the local one by default). */
export const maintenanceUrl =
  process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

async function onMaintenance(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** A new, empty database for one run, and how to drop it. */
export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `liuhen_bench_${randomBytes(4).toString('hex')}`;
  await onMaintenance(`create database ${name}`);
  const url = new URL(maintenanceUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onMaintenance(`drop database if exists ${name} with (force)`),
  };
}
