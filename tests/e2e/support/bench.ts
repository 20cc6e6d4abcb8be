// At the welding bench as a learner starts: click the helmet and the gloves on, then click the
// torch up, aiming where the test hook says each item is on screen.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { WorkshopState } from './hookTypes';
import { readHook } from './signIn';

export async function wearPpeAndTakeTorch(page: Page): Promise<void> {
  const { screen } = await readHook<WorkshopState>(page, 'workshop');
  await page.mouse.click(...screen.helmet!);
  await page.mouse.click(...screen.gloves!);
  await expect.poll(async () => (await readHook<WorkshopState>(page, 'workshop')).ppe).toEqual({ helmet: true, gloves: true });
  await page.mouse.click(...(await readHook<WorkshopState>(page, 'workshop')).screen.torch!);
  await expect.poll(async () => (await readHook<WorkshopState>(page, 'workshop')).torch.held).toBe(true);
}
