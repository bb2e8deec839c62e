import { Link } from 'react-router';

import { paths } from '../paths';

/** Every path no other route claims. */
export function NotFoundRoute() {
  return (
    <div className="border-y border-stone-200 bg-white px-4 py-14 text-center sm:rounded-xl sm:border">
      <title>找不到页面 · 读财</title>
      <p className="text-5xl font-bold text-stone-200 tabular-nums">404</p>
      <h1 className="mt-4 text-xl font-bold text-stone-900">页面不存在</h1>
      <p className="mt-2 text-sm text-stone-500">您访问的地址有误，或该页面已被移除。</p>
      <Link
        to={paths.home.getHref()}
        className="mt-6 inline-flex min-h-11 items-center rounded-lg bg-red-700 px-6 text-sm font-medium text-white shadow-sm hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700"
      >
        返回首页
      </Link>
    </div>
  );
}
