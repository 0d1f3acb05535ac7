import type { DefaultServerCellComponentProps, Payload } from 'payload';

type Titles = { loadedAt: number; titles: Map<string, string> };
const cache = new Map<string, Titles>();
const freshFor = 30_000;

/** Id → title of a small reference collection (categories, items, departments), read at most every 30 s. */
const titlesOf = async (payload: Payload, slug: string): Promise<Map<string, string>> => {
  const cached = cache.get(slug);
  if (cached && Date.now() - cached.loadedAt < freshFor) return cached.titles;
  const config = (payload.collections as Record<string, { config: { admin: { useAsTitle?: string } } } | undefined>)[slug]?.config;
  const titleField = config?.admin.useAsTitle ?? 'id';
  const { docs } = (await payload.find({ collection: slug as never, limit: 0, pagination: false, depth: 0, overrideAccess: true })) as unknown as { docs: Record<string, unknown>[] };
  const titles = new Map(docs.map((doc) => [String(doc.id), String(doc[titleField] ?? doc.id)]));
  cache.set(slug, { loadedAt: Date.now(), titles });
  return titles;
};

/**
 * A list cell for a relationship to a reference collection, rendered on the server from the
 * reference table. Payload's own cell fetched titles in batches from the browser and, on long
 * pages, showed "‹没有 清单类别›" for records that have one.
 */
export const ReferenceCell = async ({ cellData, field, payload }: DefaultServerCellComponentProps) => {
  const slug = 'relationTo' in field && typeof field.relationTo === 'string' ? field.relationTo : null;
  const id = cellData && typeof cellData === 'object' ? (cellData as { id?: unknown }).id : cellData;
  if (!slug || id === null || id === undefined || id === '') return <span>—</span>;
  const title = (await titlesOf(payload, slug)).get(String(id));
  return <span>{title ?? `#${String(id)}`}</span>;
};
