// The signed-in app frame: header (title, running operations, language, lock, sign out), section navigation, content and status bar.
import { AppShell, Burger, Button, Group, Kbd, NavLink, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context.tsx';
import { usePermissions } from '../app/permissions.ts';
import { ReferenceProvider } from '../app/reference.tsx';
import { RegionsProvider } from '../app/regions.tsx';
import { LaporanScreen } from '../laporan/LaporanScreen.tsx';
import { LayananScreen } from '../layanan/LayananScreen.tsx';
import type { Route } from '../nav/route.ts';
import { RujukanScreen } from '../rujukan/RujukanScreen.tsx';
import { MusdesListScreen } from '../usulan/MusdesListScreen.tsx';
import { MusdesSessionScreen } from '../usulan/MusdesSessionScreen.tsx';
import { UsulanDetailView } from '../usulan/UsulanDetailView.tsx';
import { UsulanListScreen } from '../usulan/UsulanListScreen.tsx';
import { Beranda } from '../screens/Beranda.tsx';
import { Planned } from '../screens/Planned.tsx';
import { SettingsScreen } from '../settings/SettingsScreen.tsx';
import { SyncScreen } from '../sinkronisasi/SyncScreen.tsx';
import { WargaScreen } from '../warga/WargaScreen.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { RunningOperations } from './RunningOperations.tsx';
import { hrefOf, SECTIONS } from './sections.ts';
import { StatusBar } from './StatusBar.tsx';
import { useSection } from './use-section.ts';

function Content({ route }: { route: Route }) {
  switch (route.section) {
    case 'beranda':
      return <Beranda />;
    case 'warga':
      return <WargaScreen route={route} />;
    case 'layanan':
      return <LayananScreen route={route} />;
    case 'rujukan':
      // Usulan DTSEN live beside the referrals (#/rujukan/usulan[/id], #/rujukan/usulan/musdes[/id]) until they earn a section of their own.
      if (route.parts[0] === 'usulan' && route.parts[1] === 'musdes') {
        return route.parts[2] ? <MusdesSessionScreen id={route.parts[2]} /> : <MusdesListScreen />;
      }
      if (route.parts[0] === 'usulan') {
        return route.parts[1] ? (
          <UsulanDetailView id={route.parts[1]} />
        ) : (
          <UsulanListScreen initialState={route.query.get('state')} />
        );
      }
      return <RujukanScreen route={route} />;
    case 'laporan':
      return <LaporanScreen route={route} />;
    case 'sinkronisasi':
      return <SyncScreen />;
    case 'pengaturan':
      return <SettingsScreen />;
    default:
      return <Planned section={route.section} />;
  }
}

export function Shell() {
  const { t } = useTranslation();
  const { lock, signOut } = useApp();
  const perms = usePermissions();
  const [route, go] = useSection(perms.writeRegister);
  const section = route.section;
  const [navOpen, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      footer={{ height: 36 }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navOpen}
              onClick={toggleNav}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('shell.toggleNav')}
            />
            <Text fw={700} size="lg">
              {t('app.name')}
            </Text>
          </Group>
          <RunningOperations />
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <Button variant="default" size="xs" onClick={() => void lock()}>
              {t('shell.lock')}
            </Button>
            <Button variant="subtle" size="xs" onClick={() => void signOut()}>
              {t('common.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('shell.nav')}>
        {SECTIONS.map((s, i) => (
          <NavLink
            key={s}
            href={hrefOf(s)}
            label={t(`nav.${s}`)}
            active={s === section}
            aria-current={s === section ? 'page' : undefined}
            onClick={(e) => {
              e.preventDefault();
              go(s);
              closeNav();
            }}
            rightSection={
              <Text size="xs" c="dimmed" aria-hidden>
                <Kbd size="xs">Alt</Kbd>+<Kbd size="xs">{i + 1}</Kbd>
              </Text>
            }
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <ReferenceProvider>
          <RegionsProvider>
            <Content route={route} />
          </RegionsProvider>
        </ReferenceProvider>
      </AppShell.Main>
      <AppShell.Footer>
        <StatusBar />
      </AppShell.Footer>
    </AppShell>
  );
}
