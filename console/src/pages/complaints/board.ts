// The board's data: one list call per column (status), each sorted by what matters in it — the deadline being raced for
// open complaints, the newest first for ended ones — so a busy closed column never pushes open work off the board.
import { api, call, type Loaded, type Schemas } from '../../api/client';
import { BOARD_COLUMNS, ENDED, type Complaint, type ComplaintStatus } from './lifecycle';

export interface BoardFilter {
  severity: string;
  category: string;
}

export interface BoardColumn {
  status: ComplaintStatus;
  items: Complaint[];
  total: number;
}

/** cards per column: the board is for the work at hand; the rest is a filter or a column's total away */
const COLUMN_SIZE = 50;

type Sort = 'ackDueAt,asc' | 'resolutionDueAt,asc' | 'receivedAt,desc';

function sortFor(status: ComplaintStatus): Sort {
  if (status === 'RECEIVED') return 'ackDueAt,asc';
  return ENDED.includes(status) ? 'receivedAt,desc' : 'resolutionDueAt,asc';
}

export async function loadBoard(filter: BoardFilter): Promise<Loaded<BoardColumn[]>> {
  const columns = await Promise.all(BOARD_COLUMNS.map(async (status) => {
    const { data } = await call(api.GET('/api/v1/complaints', {
      params: {
        query: {
          status, size: COLUMN_SIZE, sort: [sortFor(status)],
          severity: (filter.severity || undefined) as Complaint['severity'],
          category: (filter.category || undefined) as Complaint['category'],
        },
      },
    }));
    // the list also answers text/csv, so its typed answer is a union: this call asked for JSON
    const page = data as Schemas['Complaints_PageComplaintView'];
    return { status, items: page.items ?? [], total: page.total ?? 0 };
  }));
  return { data: columns, etag: null, response: new Response() };
}
