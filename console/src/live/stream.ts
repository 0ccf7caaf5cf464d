// The live event stream (GET /api/v1/events?ticket=): EventSource cannot send a bearer token, so each connection first
// trades the token for a single-use ticket (POST /api/v1/events/tickets). A dropped connection is opened again with a
// new ticket and the last event id seen (`lastEventId`), so the gateway replays what was missed; `resync` says it could
// not, and listeners reload everything.
import { api, call } from '../api/client';
import { currentSession } from '../auth/session';
import { EVENT_TYPES } from './event-types.gen';

export type LiveState = 'off' | 'connecting' | 'live' | 'reconnecting';

export interface LiveEvent {
  id: string;
  /** e.g. accord.review.opinion-recorded */
  type: string;
  /** the CloudEvents envelope: `subject`, `time`, `data` */
  envelope: { subject?: string; time?: string; data?: Record<string, unknown> } & Record<string, unknown>;
}

type Listener = (event: LiveEvent | 'resync') => void;

const listeners = new Map<Listener, string[]>();
const stateListeners = new Set<(state: LiveState) => void>();
let source: EventSource | null = null;
let state: LiveState = 'off';
let lastEventId: string | null = null;
let retryDelay = 1000;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let wanted = false;

export function liveState(): LiveState {
  return state;
}

export function onLiveState(listener: (state: LiveState) => void): () => void {
  stateListeners.add(listener);
  return () => stateListeners.delete(listener);
}

function setState(next: LiveState): void {
  state = next;
  stateListeners.forEach((l) => l(next));
}

/** Listens for events of these types (prefixes ending in `.` match a family, e.g. `accord.complaint.`). */
export function subscribe(types: string[], listener: Listener): () => void {
  listeners.set(listener, types);
  return () => listeners.delete(listener);
}

function onEvent(e: Event): void {
  const message = e as MessageEvent<string>;
  if (message.lastEventId) lastEventId = message.lastEventId;
  let envelope: LiveEvent['envelope'] = {};
  try {
    envelope = JSON.parse(message.data);
  } catch {
    return;
  }
  const event: LiveEvent = { id: message.lastEventId, type: message.type, envelope };
  listeners.forEach((types, listener) => {
    if (types.some((t) => (t.endsWith('.') ? event.type.startsWith(t) : event.type === t))) listener(event);
  });
}

/** Opens the stream for the signed-in user and keeps it open until stop(). */
export function start(): void {
  wanted = true;
  if (!source && !retryTimer) void connect();
}

export function stop(): void {
  wanted = false;
  if (retryTimer) clearTimeout(retryTimer);
  retryTimer = null;
  source?.close();
  source = null;
  lastEventId = null;
  setState('off');
}

async function connect(): Promise<void> {
  retryTimer = null;
  if (!wanted || !currentSession()) return;
  setState(state === 'off' ? 'connecting' : 'reconnecting');
  let stream: string;
  try {
    const { data } = await call(api.POST('/api/v1/events/tickets'));
    stream = (data as { stream?: string; ticket?: string }).stream ?? `/api/v1/events?ticket=${(data as { ticket: string }).ticket}`;
  } catch {
    return retry();
  }
  if (!wanted) return;
  const url = lastEventId ? `${stream}&lastEventId=${encodeURIComponent(lastEventId)}` : stream;
  const es = new EventSource(url);
  source = es;
  // EventSource hands a named event only to listeners of that exact name: listen to every type the services declare
  EVENT_TYPES.forEach((name) => es.addEventListener(name, onEvent));
  es.addEventListener('resync', () => listeners.forEach((_, l) => l('resync')));
  // the token behind the ticket ran out: a new ticket needs a new token, which only a new sign-in gives
  es.addEventListener('expired', () => retry());
  es.onopen = () => {
    retryDelay = 1000;
    setState('live');
  };
  // a ticket is single-use: EventSource's own reconnect would be refused, so close and come back with a new ticket
  es.onerror = () => retry();
}

function retry(): void {
  source?.close();
  source = null;
  if (!wanted) return;
  setState('reconnecting');
  if (retryTimer) return;
  retryTimer = setTimeout(() => void connect(), retryDelay);
  retryDelay = Math.min(retryDelay * 2, 30_000);
}
