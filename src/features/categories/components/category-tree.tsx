import { useEffect, useId, useState } from 'react';

import { Icon } from '../../../components/icon';
import type { CategoryNode } from '../../../shared/bundle-types';
import { joinCategoryPath } from '../../../shared/category-path';
import { filterStrings } from '../filter-strings';

interface CategoryTreeProps {
  readonly nodes: readonly CategoryNode[];
  /** Joined paths currently chosen. */
  readonly selected: readonly string[];
  /** Faceted counts by joined path (under the other active filters). */
  readonly counts: ReadonlyMap<string, number>;
  readonly onToggle: (path: string) => void;
  /**
   * Told when a node comes into view (its ancestors all open) and leaves it, so counts
   * that cost a download (unread counts) are fetched for the nodes a reader can see only.
   */
  readonly onVisible?: (path: string, visible: boolean) => void;
}

/**
 * The category hierarchy as a tree of checkboxes with article counts at every level.
 * Choosing a node includes its descendants, which then show as chosen and locked;
 * several choices combine. Branches fold; top-level ones start open.
 */
export function CategoryTree({ nodes, selected, counts, onToggle, onVisible }: CategoryTreeProps) {
  return (
    <ul className="space-y-0.5">
      {nodes.map((node) => (
        <CategoryBranch
          key={node.name}
          node={node}
          depth={0}
          selected={selected}
          counts={counts}
          onToggle={onToggle}
          onVisible={onVisible}
          inherited={false}
          visible
        />
      ))}
    </ul>
  );
}

interface BranchProps extends Omit<CategoryTreeProps, 'nodes'> {
  readonly node: CategoryNode;
  readonly depth: number;
  /** An ancestor is chosen, so this node is included already. */
  readonly inherited: boolean;
  /** Every ancestor is open: the reader can see this node. */
  readonly visible: boolean;
}

function CategoryBranch({ node, depth, selected, counts, onToggle, onVisible, inherited, visible }: BranchProps) {
  const path = joinCategoryPath(node.path);
  const chosen = selected.includes(path);
  const hasChosenBelow = selected.some((s) => s.startsWith(`${path}/`));
  const [open, setOpen] = useState(depth === 0 || hasChosenBelow);
  useEffect(() => {
    if (!visible || !onVisible) return;
    onVisible(path, true);
    return () => onVisible(path, false);
  }, [visible, onVisible, path]);
  const childrenId = useId();
  // No count: not known under the active search (the tree then shows none, never a wrong one).
  const count = counts.get(path);
  return (
    <li>
      <div className="flex items-center gap-1" style={{ paddingLeft: `${depth * 0.875}rem` }}>
        {node.children.length > 0 ? (
          <button
            type="button"
            aria-expanded={open}
            aria-controls={childrenId}
            aria-label={open ? filterStrings.collapse(node.name) : filterStrings.expand(node.name)}
            onClick={() => setOpen(!open)}
            className="inline-flex size-8 shrink-0 items-center justify-center rounded-md text-faint hover:bg-sunken"
          >
            <Icon name="chevron-right" className={`size-3.5 transition-transform ${open ? 'rotate-90' : ''}`} />
          </button>
        ) : (
          <span className="size-8 shrink-0" aria-hidden="true" />
        )}
        <label
          className={`flex min-h-9 min-w-0 flex-1 cursor-pointer items-center gap-2 rounded-md px-2 text-[15px] hover:bg-sunken ${
            count === 0 && !chosen ? 'text-faint' : 'text-ink'
          }`}
        >
          <input
            type="checkbox"
            checked={chosen || inherited}
            disabled={inherited}
            onChange={() => onToggle(path)}
            className="size-4 shrink-0 accent-[var(--accent)]"
          />
          <span className="min-w-0 flex-1 truncate">{node.name}</span>
          {count !== undefined && <span className="shrink-0 text-xs text-faint tabular-nums">{count}</span>}
        </label>
      </div>
      {node.children.length > 0 && (
        <ul id={childrenId} hidden={!open} className="space-y-0.5">
          {node.children.map((child) => (
            <CategoryBranch
              key={child.name}
              node={child}
              depth={depth + 1}
              selected={selected}
              counts={counts}
              onToggle={onToggle}
              onVisible={onVisible}
              inherited={inherited || chosen}
              visible={visible && open}
            />
          ))}
        </ul>
      )}
    </li>
  );
}
