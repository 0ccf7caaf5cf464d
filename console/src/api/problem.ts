// What the API says when it refuses (RFC 9457 problem+json, API.md "Conventions"), and how the console words it.

export interface Violation {
  field: string;
  message: string;
}

export interface Problem {
  status: number;
  title?: string;
  detail?: string;
  type?: string;
  violations?: Violation[];
  /** a signing action with a sign-in too old to sign with (401) */
  reauthenticate?: boolean;
  [extension: string]: unknown;
}

/** A refused or failed call: the problem the API sent, or one the console made for a network failure. */
export class ApiError extends Error {
  constructor(readonly problem: Problem, readonly retryAfterSeconds?: number) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
  }

  get status(): number {
    return this.problem.status;
  }

  /** 412: someone changed the record since it was read (its ETag no longer matches) */
  get stale(): boolean {
    return this.status === 412;
  }

  /** 409: the move is not allowed from the record's current state */
  get conflict(): boolean {
    return this.status === 409;
  }
}

/** The message for a field (`items[0].quantity`), from a 400's violations; nested fields match by their full path. */
export function violationFor(problem: Problem | null | undefined, field: string): string | undefined {
  return problem?.violations?.filter((v) => v.field === field).map((v) => v.message).join(' ') || undefined;
}

/** Violations no field on the form shows (so the banner lists them rather than losing them). */
export function unplacedViolations(problem: Problem | null | undefined, shownFields: Iterable<string>): Violation[] {
  const shown = new Set(shownFields);
  return (problem?.violations ?? []).filter((v) => !shown.has(v.field));
}

/** Reads a problem out of a response that is not OK, whatever its body. */
export async function problemOf(response: Response, body?: unknown): Promise<ApiError> {
  let problem: Problem = { status: response.status };
  if (body && typeof body === 'object') {
    problem = { ...(body as Problem), status: response.status };
  } else {
    try {
      const text = await response.clone().text();
      if (text) problem = { ...(JSON.parse(text) as Problem), status: response.status };
    } catch {
      // not JSON (a proxy's page): keep the status alone
    }
  }
  const retry = Number(response.headers.get('Retry-After'));
  return new ApiError(problem, Number.isFinite(retry) && retry > 0 ? retry : undefined);
}
