import { href } from '../../router';
import { tc } from '../../ui/messages';
import { t } from './messages';

interface Props {
  page: number;
  /** pages that may be asked for (the API reaches back only so far) */
  pages: number;
  link: (page: number) => string;
}

/** Previous / next as links (so a page can be bookmarked), with where one is. */
export function Pager({ page, pages, link }: Props) {
  if (pages <= 1) return null;
  return (
    <nav class="actions" aria-label={t('pages')}>
      {page > 0 && <a class="button" id="page-previous" rel="prev" href={href(link(page - 1))}>{tc('previous')}</a>}
      <span>{tc('pageOf', { page: page + 1, pages })}</span>
      {page + 1 < pages && <a class="button" id="page-next" rel="next" href={href(link(page + 1))}>{tc('next')}</a>}
    </nav>
  );
}
