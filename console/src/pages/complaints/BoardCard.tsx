import { href } from '../../router';
import type { Complaint } from './lifecycle';
import { categoryLabel } from './messages';
import { NextDue } from './NextDue';
import { SeverityBadge } from './SeverityBadge';

const EXCERPT = 120;

export function excerpt(text: string | undefined, length = EXCERPT): string {
  if (!text) return '';
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

/** One complaint on the board: who, what about, how bad, and the clock it races. */
export function BoardCard({ complaint, customer }: { complaint: Complaint; customer: string }) {
  return (
    <li>
      <a class="board-card" href={href(`/complaints/${complaint.id}`)} data-complaint-id={complaint.id}>
        <strong class="card-customer">{customer}</strong>
        <span class="card-tags">
          <SeverityBadge severity={complaint.severity} /> <span class="badge">{categoryLabel(complaint.category)}</span>
        </span>
        <span class="card-text">{excerpt(complaint.description)}</span>
        <NextDue complaint={complaint} />
      </a>
    </li>
  );
}
