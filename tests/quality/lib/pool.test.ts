import { describe, expect, it } from 'vitest';
import { Pool } from './pool.ts';

describe('Pool', () => {
  it('lends each item to one check at a time; the others wait for it', async () => {
    const pool = new Pool<string>();
    pool.add('tab');
    const log: string[] = [];
    const check = (name: string) =>
      pool.use(async (tab) => {
        log.push(`${name} nimmt ${tab}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        log.push(`${name} gibt ${tab} zurück`);
        return name;
      });
    expect(await Promise.all([check('a'), check('b')])).toEqual(['a', 'b']);
    expect(log).toEqual(['a nimmt tab', 'a gibt tab zurück', 'b nimmt tab', 'b gibt tab zurück']);
  });

  it('gets the item back when a check fails', async () => {
    const pool = new Pool<number>();
    pool.add(1);
    await expect(pool.use(async () => Promise.reject(new Error('kaputt')))).rejects.toThrow('kaputt');
    expect(await pool.use(async (n) => n)).toBe(1);
  });
});
