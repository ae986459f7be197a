import { DeleteAccount, DownloadMyData } from '../../features/account/components/my-data';
import { useMyClasses } from '../../features/classes/api/my-classes';
import { useDocumentTitle } from '../../lib/use-document-title';

export function AccountRoute() {
  useDocumentTitle('Your account');
  const classes = useMyClasses();
  const keptBy = (classes.data?.pages.flatMap((page) => page.results) ?? [])
    .filter((c) => c.on_learner_deletion === 'anonymise')
    .map((c) => c.name);
  return (
    <div className="page">
      <h1>Your account</h1>
      <DownloadMyData />
      <DeleteAccount keptBy={keptBy} />
    </div>
  );
}
