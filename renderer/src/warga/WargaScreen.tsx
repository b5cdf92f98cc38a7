// Warga: the person list at #/warga, one person's record at #/warga/<id>, Dinsos's duplicate queue at #/warga/data-ganda.
import type { Route } from '../nav/route.ts';
import { DuplicateQueue } from './DuplicateQueue.tsx';
import { DUPLICATE_QUEUE } from './duplicate-queue-path.ts';
import { PersonDetailScreen } from './PersonDetailScreen.tsx';
import { PersonList } from './PersonList.tsx';

export function WargaScreen({ route }: { route: Route }) {
  const [id] = route.parts;
  if (id === DUPLICATE_QUEUE) return <DuplicateQueue key={route.hash} query={route.query} />;
  if (id) return <PersonDetailScreen key={id} id={id} usulanCase={route.query.get('usulanKasus')} />;
  return <PersonList key={route.hash} query={route.query} />;
}
