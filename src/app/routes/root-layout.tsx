import type { ReactNode } from 'react';
import { Link, Outlet } from 'react-router';

import { paths } from '../paths';

function Logo() {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className="size-7 shrink-0">
      <rect width="32" height="32" rx="7" className="fill-red-700" />
      <path
        d="M7 21l6-6 4 4 8-9"
        fill="none"
        stroke="white"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** The frame around every page: the 读财 header and a centred reading column. */
export function RootLayout({ children }: { readonly children?: ReactNode }) {
  return (
    <div className="min-h-dvh">
      <header className="sticky top-0 z-10 border-b border-stone-200 bg-white/90 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-3xl items-center gap-3 px-4 sm:px-6">
          <Link
            to={paths.home.getHref()}
            className="flex items-center gap-2 rounded-md focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-red-700"
          >
            <Logo />
            <span className="text-xl font-bold tracking-wide text-stone-900">读财</span>
          </Link>
          <span className="hidden text-sm text-stone-400 sm:inline">中文财经资讯阅读</span>
        </div>
      </header>
      <main className="mx-auto max-w-3xl py-5 sm:px-6 sm:py-8">{children ?? <Outlet />}</main>
    </div>
  );
}
