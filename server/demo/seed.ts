// Demo data (docs/protocol.md §1): one institution, class HAN-K24 and eight accounts, password
// `demo1234`. Seeded only when VOCAXR_DEMO is on and the database is empty.
import type { Role, Roster, Store } from '../storage/store';
import { hashPassword } from '../auth/passwords';

export const demoPassword = 'demo1234';
export const demoClassCode = 'HAN-K24';

export const demoAccounts: { username: string; name: string; role: Role; inClass?: 'student' | 'teacher' }[] = [
  { username: 'student1', name: 'Nguyễn Văn An', role: 'student', inClass: 'student' },
  { username: 'student2', name: 'Trần Thị Bích', role: 'student', inClass: 'student' },
  { username: 'student3', name: 'Lê Hoàng Cường', role: 'student', inClass: 'student' },
  { username: 'teacher1', name: 'Phạm Minh Đức', role: 'teacher', inClass: 'teacher' },
  { username: 'assessor1', name: 'Võ Thị Hạnh', role: 'assessor' },
  { username: 'assessor2', name: 'Hồ Văn Khánh', role: 'assessor' },
  { username: 'assessor3', name: 'Bùi Thị Lan', role: 'assessor' },
  { username: 'admin1', name: 'Đặng Quốc Huy', role: 'admin' },
];

/** Seeds the demo institution when the store is empty; returns whether it did. */
export async function seedDemoData(store: Store): Promise<boolean> {
  if (!(await store.directory.isEmpty())) return false;
  // One hash for all eight: they share the password, and scrypt is deliberately slow.
  const passwordHash = await hashPassword(demoPassword);
  const roster: Roster = {
    institutionName: 'Trường Cao đẳng Kỹ thuật TP.HCM (demo)',
    classes: [{ code: demoClassCode, name: 'Hàn K24 — Hàn điện, khóa 2024' }],
    users: demoAccounts.map(({ username, name, role, inClass }) => ({
      username,
      name,
      role,
      passwordHash,
      classes: inClass ? [{ code: demoClassCode, role: inClass }] : [],
    })),
  };
  await store.directory.importRoster(roster);
  return true;
}
