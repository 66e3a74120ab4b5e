import { z } from 'zod';
import type { CallStage } from '../schemas/domainTerms';
import { scriptLimits, type Script } from './scripts/scriptTypes';

/** One checklist item of a stage as the call left it: ticked by the agent or not. */
export const checklistTickSchema = z.strictObject({ id: z.string().min(1).max(scriptLimits.id), done: z.boolean() });
export type ChecklistTick = z.infer<typeof checklistTickSchema>;

/** A stage's checklist as saved with the call: its script's items (ids are the same in every language), plus any tick of an item the script no longer has. */
export const stageChecklistSchema = z.array(checklistTickSchema).max(2 * scriptLimits.checklist);

/**
 * Issue 18 (质检): the stage's checklist at the end of the call, every item of the stage's script
 * in order with whether the agent ticked it (the draft keys ticks `stage.itemId`), then ticks of
 * items the script does not list (the scenario changed during the call), so nothing ticked is lost.
 */
export function stageChecklistOf(ticks: Readonly<Record<string, boolean>>, stage: CallStage, script: Script): ChecklistTick[] {
  const listed = script.stages[stage].checklist.map((item) => ({ id: item.id, done: ticks[`${stage}.${item.id}`] === true }));
  const known = new Set(listed.map((t) => t.id));
  const prefix = `${stage}.`;
  const others = Object.entries(ticks)
    .filter(([key, done]) => done && key.startsWith(prefix) && !known.has(key.slice(prefix.length)))
    .map(([key]) => ({ id: key.slice(prefix.length), done: true }))
    .filter((t) => t.id.length > 0 && t.id.length <= scriptLimits.id);
  return [...listed, ...others].slice(0, 2 * scriptLimits.checklist);
}

/** A saved stage record's checklist, read defensively (calls saved before it was kept have none). */
export function checklistOfRecord(record: unknown): ChecklistTick[] {
  const list = (record as { checklist?: unknown } | null)?.checklist;
  const parsed = stageChecklistSchema.safeParse(list);
  return parsed.success ? parsed.data : [];
}
