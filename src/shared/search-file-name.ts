/**
 * The `{hash}` of a search file in the manifest's template: its segment's name and its
 * local name (`s3` shard 3, `l3-0` a list of shard 3, `p3-0` positions of shard 3, `i7`
 * id page 7; see SearchIndex in bundle-types.ts). Both sides name files only through this.
 */
export function searchFileName(segmentName: string, local: string): string {
  return `${segmentName}-${local}`;
}
