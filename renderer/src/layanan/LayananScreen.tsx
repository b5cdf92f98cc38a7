// Layanan: case list at #/layanan, intake at #/layanan/baru, one case at #/layanan/<id>.
import type { Route } from '../nav/route.ts';
import { CaseDetailScreen } from './detail/CaseDetailScreen.tsx';
import { CaseList } from './CaseList.tsx';
import { IntakeFlow } from './intake/IntakeFlow.tsx';

export function LayananScreen({ route }: { route: Route }) {
  const [part] = route.parts;
  if (part === 'baru') return <IntakeFlow key={route.hash} personId={route.query.get('person')} />;
  if (part) return <CaseDetailScreen key={part} id={part} />;
  return <CaseList key={route.hash} query={route.query} />;
}
