// `puskesos init`: non-interactive first-run setup, the same contract call the wizard makes.
import { existsSync, readFileSync } from 'node:fs';
import { OFFICE_TYPES, type OfficeType } from '../../../shared/api/roles.ts';
import { optionalString, parseFlags, requireString } from '../args.ts';
import { CliError, usageError, type CliIo } from '../io.ts';
import { SYSTEM_CALLER, unwrap, withRegister } from '../open.ts';

export async function initCommand(argv: string[], io: CliIo): Promise<number> {
  const p = parseFlags(argv, {
    'data-dir': { type: 'string' },
    'office-type': { type: 'string' },
    region: { type: 'string' },
    name: { type: 'string' },
    address: { type: 'string' },
    admin: { type: 'string' },
    'admin-full-name': { type: 'string' },
    'admin-password-file': { type: 'string' },
    'recover-office': { type: 'string' },
  });
  const dataDir = requireString(p, 'data-dir');
  const officeType = requireString(p, 'office-type');
  if (!(OFFICE_TYPES as readonly string[]).includes(officeType)) {
    throw usageError(`--office-type harus salah satu dari: ${OFFICE_TYPES.join(', ')}.`);
  }
  const regionCode = requireString(p, 'region');
  const name = requireString(p, 'name');
  const admin = requireString(p, 'admin');
  const pwFile = requireString(p, 'admin-password-file');
  if (!existsSync(pwFile)) throw new CliError(`File kata sandi tidak ditemukan: ${pwFile}`);
  const password = readFileSync(pwFile, 'utf8').replace(/\r?\n$/, '');
  const address = typeof p.flags.address === 'string' ? p.flags.address : `Kantor ${name}`;
  const fullName =
    typeof p.flags['admin-full-name'] === 'string' ? p.flags['admin-full-name'] : 'Administrator';

  const recoverOfficeId = optionalString(p, 'recover-office');

  return withRegister(dataDir, 'create', async (reg) => {
    const office = unwrap(
      await reg.call(SYSTEM_CALLER, 'setup.complete', {
        officeType: officeType as OfficeType,
        regionCode,
        name,
        address,
        admin: { username: admin, fullName, password },
        ...(recoverOfficeId ? { recoverOfficeId } : {}),
      }),
    );
    io.out(`Kantor disiapkan: ${office.name} (${office.type}, ${office.regionCode})`);
    io.out(`ID kantor: ${office.id}`);
    io.out(`Sidik jari: ${office.fingerprint}`);
    io.out(`Admin pertama: ${admin}`);
    io.out(`Direktori data: ${reg.deps.paths.dir}`);
    if (recoverOfficeId) {
      io.out(
        'Instalasi pemulihan: ID kantor lama dipakai dengan kunci baru. Langkah berikut: enroll request, ' +
          'Dinas Sosial mencabut kunci lama dan menerima pendaftaran ini, lalu impor file jaringan dan paket ' +
          'pemulihan (puskesos reseed import).',
      );
    }
    return 0;
  });
}
