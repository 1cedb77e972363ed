/** Remembering the window: the last bounds are reused only if they are still visible on a display. */
export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Bounds;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1200, height: 820 };
const MIN_VISIBLE = 100;

export function parseWindowState(json: string | undefined): WindowState | undefined {
  if (json === undefined) return undefined;
  try {
    const value = JSON.parse(json) as Partial<WindowState>;
    const bounds = value.bounds;
    const numbers = bounds && [bounds.x, bounds.y, bounds.width, bounds.height].every(Number.isFinite);
    if (!bounds || !numbers || bounds.width < 200 || bounds.height < 150) return undefined;
    return { bounds, maximized: value.maximized === true };
  } catch {
    return undefined;
  }
}

/** The saved bounds if a good part of the window would be on one of today's displays; else centred default size. */
export function restoreWindowState(
  saved: WindowState | undefined,
  workAreas: readonly Bounds[],
): WindowState | { bounds: typeof DEFAULT_SIZE; maximized: false } {
  if (saved && workAreas.some((area) => overlap(saved.bounds, area) >= MIN_VISIBLE)) return saved;
  return { bounds: DEFAULT_SIZE, maximized: false };
}

function overlap(a: Bounds, b: Bounds): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return Math.min(width, height);
}
