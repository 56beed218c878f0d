/**
 * A worker process of the search step's page preparation (started by prepare-workers.ts with
 * tsx's loader): prepares one shard of the pages (page-shard.ts) on the parent's requests over
 * IPC, in order – pass 1 over a run of pages at a time ("read"), what it found ("counted"), then
 * pass 2 ("write") – answering each with its result or the error's message. Keeps the shard's
 * pages between the passes; exits when the parent disconnects.
 */
import { PageShard, type PageError } from './page-shard';
import type { ShardReply, ShardRequest } from './prepare-workers';

const shard = new PageShard();
process.on('message', (request: ShardRequest) => {
  let reply: ShardReply;
  try {
    if (request.type === 'read') shard.read(request.files);
    reply = { ok: request.type === 'read' ? null : request.type === 'counted' ? shard.counted() : shard.write(request.vocabulary, request.synonyms, request.scratch) };
  } catch (error) {
    reply = error instanceof Error ? { error: error.message, at: (error as PageError).at } : { error: String(error) };
  }
  process.send!(reply);
});
