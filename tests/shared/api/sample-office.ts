// The set-up office the contract tests call every method in, with the sample records the samples act on.
import {
  createUser,
  openSetUpOffice,
  passwordOf,
  usernameOf,
  type TestOffice,
} from '../../support/register.ts';
import { seedCaseSamples } from '../../support/cases.ts';
import { seedRegisterSamples } from '../../support/persons.ts';
import type { SampleFixture } from './samples.ts';

export async function openSampleOffice(): Promise<{ office: TestOffice; fx: SampleFixture }> {
  const office = await openSetUpOffice();
  const target = await createUser(office.register, office.users.admin.caller, 'pengamat', 'sasaran');
  let n = 0;
  const fx: SampleFixture = {
    passwordOf,
    usernameOf,
    targetUserId: target.id,
    newUsername: () => `baru-${++n}`,
    cases: await seedCaseSamples(office),
    register: await seedRegisterSamples(office),
  };
  return { office, fx };
}
